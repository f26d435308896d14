package uk.gov.middlesbrough.tracker.dashboard;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The first page after sign-in, showing what each role needs first: a manager their own locality, a plan
 * lead the plans they lead, everyone every locality's headline figures side by side.
 */
@Controller
class HomeController {

	private final DashboardQueries dashboards;
	private final LocalityQueries localities;
	private final PlanQueries plans;
	private final Clock clock;

	HomeController(DashboardQueries dashboards, LocalityQueries localities, PlanQueries plans, Clock clock) {
		this.dashboards = dashboards;
		this.localities = localities;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		SignedInUser user = CurrentUser.required();
		AsOf now = AsOf.now(clock);
		List<LocalityDashboard> all = dashboards.dashboards(localities.all().stream().map(LocalityView::id).toList(), now);
		model.addAttribute("dashboards", all);
		model.addAttribute("localityNames", all.stream()
				.collect(java.util.stream.Collectors.toMap(dashboard -> dashboard.locality().id(), dashboard -> dashboard.locality().name())));
		model.addAttribute("own", all.stream()
				.filter(dashboard -> user.localityId() != null && dashboard.locality().id() == user.localityId())
				.findFirst().orElse(null));
		model.addAttribute("ledPlans", user.hasRole(Role.PLAN_LEAD) ? plans.plansLedBy(user.id(), now) : List.of());
		model.addAttribute("canManageLocalities", user.canManageLocalities());
		model.addAttribute("canManageUsers", user.canManageUsers());
		model.addAttribute("canReadAudit", user.canReadAudit());
		return "dashboard/home";
	}
}

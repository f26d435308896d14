package uk.gov.middlesbrough.tracker.dashboard.web;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.middlesbrough.tracker.dashboard.Dashboards;
import uk.gov.middlesbrough.tracker.security.Navigation;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The first page after sign-in, showing what each role needs first from the parts the features contribute (a
 * manager their own locality, a plan lead the plans they lead, everyone every locality's headline figures).
 */
@Controller
class HomeController {

	private final Dashboards dashboards;
	private final Navigation navigation;
	private final Clock clock;

	HomeController(Dashboards dashboards, Navigation navigation, Clock clock) {
		this.dashboards = dashboards;
		this.navigation = navigation;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("parts", dashboards.home(user, AsOf.now(clock)));
		model.addAttribute("tasks", navigation.tasksFor(user));
		return "dashboard/home";
	}
}

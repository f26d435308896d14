package uk.gov.middlesbrough.tracker.dashboard;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** A locality's dashboard, today or as of any past date. Everyone signed in may read it. */
@Controller
class DashboardController {

	private final DashboardQueries dashboards;
	private final Clock clock;

	DashboardController(DashboardQueries dashboards, Clock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/dashboard")
	String dashboard(@PathVariable long id, @ModelAttribute("asOfForm") AsOfForm asOfForm, BindingResult result, Model model) {
		asOfForm.validate(result, clock);
		AsOf asOf = asOfForm.moment(result, clock);
		List<LocalityDashboard> found = dashboards.dashboards(List.of(id), asOf);
		if (found.isEmpty()) {
			throw new DashboardNotFound(id);
		}
		model.addAttribute("dashboard", found.get(0));
		model.addAttribute("asOf", asOf);
		return "dashboard/locality";
	}
}

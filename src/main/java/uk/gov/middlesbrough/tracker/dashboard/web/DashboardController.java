package uk.gov.middlesbrough.tracker.dashboard.web;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.dashboard.DashboardPage;
import uk.gov.middlesbrough.tracker.dashboard.Dashboards;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.AsOfForm;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** A locality's dashboard, today or as of any past date. Everyone signed in may read it. */
@Controller
class DashboardController {

	private final Dashboards dashboards;
	private final Clock clock;

	DashboardController(Dashboards dashboards, Clock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/dashboard")
	String dashboard(@PathVariable long id, @ModelAttribute("asOfForm") AsOfForm asOfForm, BindingResult result, Model model) {
		asOfForm.validate(result, clock);
		AsOf asOf = asOfForm.moment(result, clock);
		DashboardPage page = dashboards.page(List.of(id), asOf);
		if (page.isEmpty()) {
			throw new NotFound("locality", id);
		}
		model.addAttribute("page", page);
		model.addAttribute("locality", page.localities().get(0));
		model.addAttribute("asOf", asOf);
		return "dashboard/locality";
	}
}

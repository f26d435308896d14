package uk.gov.middlesbrough.tracker.dashboard.web;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.dashboard.DashboardPage;
import uk.gov.middlesbrough.tracker.dashboard.Dashboards;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.AsOfForm;

/** Two or more localities side by side, today or as of any past date. Everyone signed in may read it. */
@Controller
class ComparisonController {

	private final Dashboards dashboards;
	private final LocalityQueries localities;
	private final Clock clock;

	ComparisonController(Dashboards dashboards, LocalityQueries localities, Clock clock) {
		this.dashboards = dashboards;
		this.localities = localities;
		this.clock = clock;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "locality", required = false) List<Long> chosen,
			@ModelAttribute("asOfForm") AsOfForm asOfForm, BindingResult result, Model model) {
		asOfForm.validate(result, clock);
		AsOf asOf = asOfForm.moment(result, clock);
		List<Long> ids = chosen == null ? List.of() : chosen.stream().distinct().toList();
		model.addAttribute("allLocalities", localities.all());
		model.addAttribute("chosen", ids);
		model.addAttribute("asOf", asOf);
		if (ids.size() < 2) {
			model.addAttribute("tooFew", chosen != null);
			return "dashboard/compare";
		}
		DashboardPage page = dashboards.page(ids, asOf);
		model.addAttribute("page", page);
		model.addAttribute("localities", page.localities());
		return "dashboard/compare";
	}
}

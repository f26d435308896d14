package uk.gov.middlesbrough.tracker.dashboard;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Two or more localities side by side, today or as of any past date. Everyone signed in may read it. */
@Controller
class ComparisonController {

	private final DashboardQueries dashboards;
	private final LocalityQueries localities;
	private final Clock clock;

	ComparisonController(DashboardQueries dashboards, LocalityQueries localities, Clock clock) {
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
		List<LocalityDashboard> compared = dashboards.dashboards(ids, asOf);
		model.addAttribute("compared", compared);
		Comparison comparison = Comparison.of(compared);
		model.addAttribute("themes", comparison.themes());
		model.addAttribute("comparison", comparison);
		model.addAttribute("localityQuery", compared.stream().map(d -> "locality=" + d.locality().id())
				.collect(java.util.stream.Collectors.joining("&")));
		StringBuilder exportBase = new StringBuilder("/compare/export?table=plans&asOf=").append(asOf.day());
		compared.forEach(dashboard -> exportBase.append("&locality=").append(dashboard.locality().id()));
		model.addAttribute("exportBase", exportBase.toString());
		return "dashboard/compare";
	}
}

package uk.gov.middlesbrough.tracker.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
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
		model.addAttribute("themes", themes(compared));
		StringBuilder exportBase = new StringBuilder("/compare/export?table=plans&asOf=").append(asOf.day());
		compared.forEach(dashboard -> exportBase.append("&locality=").append(dashboard.locality().id()));
		model.addAttribute("exportBase", exportBase.toString());
		return "dashboard/compare";
	}

	/** The themes in template order, each with the matching plan of every compared locality (or null). */
	static List<ThemeRow> themes(List<LocalityDashboard> compared) {
		Map<String, PlanSummary[]> byTitle = new LinkedHashMap<>();
		for (int i = 0; i < compared.size(); i++) {
			for (PlanSummary plan : compared.get(i).plans().plans()) {
				byTitle.computeIfAbsent(plan.title(), title -> new PlanSummary[compared.size()])[i] = plan;
			}
		}
		List<ThemeRow> rows = new ArrayList<>();
		byTitle.forEach((title, plans) -> rows.add(new ThemeRow(title, java.util.Arrays.asList(plans))));
		return rows;
	}

	/** One theme across the compared localities. */
	public record ThemeRow(String title, List<PlanSummary> plans) {
	}

}

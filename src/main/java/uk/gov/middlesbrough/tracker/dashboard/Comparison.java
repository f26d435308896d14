package uk.gov.middlesbrough.tracker.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;

/** Localities side by side: their dashboards, and each theme with the matching plan of every locality. */
public record Comparison(List<LocalityDashboard> localities, List<ThemeRow> themes) {

	public static Comparison of(List<LocalityDashboard> compared) {
		Map<String, PlanSummary[]> byTitle = new LinkedHashMap<>();
		for (int i = 0; i < compared.size(); i++) {
			for (PlanSummary plan : compared.get(i).plans().plans()) {
				byTitle.computeIfAbsent(plan.title(), title -> new PlanSummary[compared.size()])[i] = plan;
			}
		}
		List<ThemeRow> rows = new ArrayList<>();
		byTitle.forEach((title, plans) -> rows.add(new ThemeRow(title, Arrays.asList(plans))));
		return new Comparison(compared, rows);
	}

	/** One theme across the compared localities; a locality without that plan has null. */
	public record ThemeRow(String title, List<PlanSummary> plans) {
	}
}

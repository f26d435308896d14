package uk.gov.middlesbrough.tracker.plan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.exporting.XlsxExport;

/**
 * Which sheet of a locality's plans workbook is which plan: a sheet a plan, in the plans' order, named after its title
 * as Excel allows (31 characters at most, some characters left out, made unique), so the import finds a sheet's plan
 * by the name the export gave it as well as by the plan's title.
 */
final class PlanWorkbookSheets {

	private PlanWorkbookSheets() {
	}

	/** The sheet name of each of one locality's plans, by plan id, in the plans' order. */
	static Map<Long, String> names(List<WorkbookPlan> localityPlans) {
		List<WorkbookPlan> ordered = localityPlans.stream().sorted(Comparator.comparingInt(WorkbookPlan::position)).toList();
		List<String> names = XlsxExport.sheetNames(ordered.stream().map(WorkbookPlan::title).toList());
		Map<Long, String> byPlan = new LinkedHashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			byPlan.put(ordered.get(i).id(), names.get(i));
		}
		return byPlan;
	}
}

package uk.gov.middlesbrough.tracker.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.gov.middlesbrough.tracker.web.Percent;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PackSummaryColumn;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The plans of some localities as of a moment, as the dashboard, the comparison and the pack show them: each
 * locality's headline completion and its nine plans, and the plans theme by theme side by side.
 */
public record PlanFigures(List<LocalityView> localities, Map<Long, LocalityPlans> byLocality, Function<String, String> text)
		implements SectionContent, PackPart {

	/** One locality's plans. */
	public LocalityPlans of(long localityId) {
		return byLocality.get(localityId);
	}

	/** Each theme across the localities, in the order first met; a locality without that plan has null. */
	public List<ThemeRow> themes() {
		Map<String, PlanSummary[]> byTitle = new LinkedHashMap<>();
		for (int i = 0; i < localities.size(); i++) {
			LocalityPlans plans = of(localities.get(i).id());
			for (PlanSummary plan : plans == null ? List.<PlanSummary>of() : plans.plans()) {
				byTitle.computeIfAbsent(plan.title(), title -> new PlanSummary[localities.size()])[i] = plan;
			}
		}
		List<ThemeRow> rows = new ArrayList<>();
		byTitle.forEach((title, plans) -> rows.add(new ThemeRow(title, Arrays.asList(plans))));
		return rows;
	}

	/** Whether any plan's figures come from actions or reviews the demo data invented. */
	@Override
	public boolean illustrative() {
		return byLocality.values().stream().anyMatch(LocalityPlans::illustrative);
	}

	/** The link that exports the comparison's plans table as of the same date. */
	public String comparisonExportPath(java.time.LocalDate asOf) {
		return new uk.gov.middlesbrough.tracker.dashboard.SectionExport("plans", localities).comparisonPath(asOf);
	}

	@Override
	public TemplateFragment dashboard() {
		return TemplateFragment.of("plan/sections :: dashboard");
	}

	@Override
	public TemplateFragment comparison() {
		return TemplateFragment.of("plan/sections :: comparison");
	}

	@Override
	public Optional<ExportTable> export(String table) {
		if (!"plans".equals(table)) {
			return Optional.empty();
		}
		return Optional.of(table(localities.size() == 1 ? localities.get(0).name() + " action plans" : "Action plans compared"));
	}

	@Override
	public TemplateFragment pdfLocality() {
		return TemplateFragment.of("plan/pdf :: locality");
	}

	@Override
	public TemplateFragment pdfComparison() {
		return TemplateFragment.of("plan/pdf :: comparison");
	}

	@Override
	public List<PackSummaryColumn> summaryColumns() {
		return List.of(PackSummaryColumn.of("pdf.summary.completion", "plan/pdf :: summary-completion"),
				PackSummaryColumn.of("pdf.summary.rag", "plan/pdf :: summary-rag"));
	}

	@Override
	public TemplateFragment summaryNote() {
		return TemplateFragment.of("plan/pdf :: summary-note");
	}

	@Override
	public List<ExportTable> tables() {
		return List.of(table("Action plans"));
	}

	private ExportTable table(String title) {
		ExportTable table = new ExportTable(title, List.of(text.apply("export.locality"), text.apply("plan.col.plan"),
				text.apply("export.completionPercent"), text.apply("rag.NOT_STARTED"), text.apply("rag.GREEN"),
				text.apply("rag.AMBER"), text.apply("rag.RED"), text.apply("rag.COMPLETE"), text.apply("plan.col.review"),
				text.apply("export.lastReviewed")));
		List<Boolean> illustrative = new ArrayList<>();
		for (LocalityView locality : localities) {
			for (PlanSummary plan : of(locality.id()).plans()) {
				illustrative.add(plan.illustrative());
				RagCounts counts = plan.ragCounts();
				table.row(locality.name(), plan.title(), Percent.oneDecimal(plan.completion()),
						counts.notStarted(), counts.green(), counts.amber(), counts.red(), counts.complete(),
						text.apply(plan.reviewStatus().messageKey()), plan.lastReviewed());
			}
		}
		return table.markedWhere(text.apply("export.illustrative"), text.apply("illustrative.tag"), illustrative);
	}

	/** One theme across the compared localities; a locality without that plan has null. */
	public record ThemeRow(String title, List<PlanSummary> plans) {

		/** Whether any locality's plan of this theme has figures from items the demo data invented. */
		public boolean illustrative() {
			return plans.stream().anyMatch(plan -> plan != null && plan.illustrative());
		}
	}
}

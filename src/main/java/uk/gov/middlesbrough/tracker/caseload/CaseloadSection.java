package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PackSummaryColumn;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The caseloads of some localities as of a moment, as the dashboard, the comparison and the pack show them: each
 * post's latest figures against its role's threshold, in words.
 */
public record CaseloadSection(List<LocalityView> localities, Map<Long, CaseloadPage> byLocality, MessageSource messages,
		Locale locale) implements SectionContent, PackPart {

	/** One locality's caseloads, or null. */
	public CaseloadPage of(long localityId) {
		return byLocality.get(localityId);
	}

	/** Whether a locality has any post's figures recorded by then. */
	public boolean has(long localityId) {
		CaseloadPage page = of(localityId);
		return page != null && !page.latest().isEmpty();
	}

	@Override
	public TemplateFragment dashboard() {
		return TemplateFragment.of("caseload/sections :: dashboard");
	}

	@Override
	public TemplateFragment comparison() {
		return TemplateFragment.of("caseload/sections :: comparison");
	}

	@Override
	public TemplateFragment pdfLocality() {
		return TemplateFragment.of("caseload/pdf :: locality");
	}

	@Override
	public List<PackSummaryColumn> summaryColumns() {
		return List.of(PackSummaryColumn.of("pdf.summary.overThreshold", "caseload/pdf :: summary-over-threshold"));
	}

	@Override
	public List<ExportTable> tables() {
		ExportTable table = new ExportTable("Caseloads", List.of(text("export.locality"), text("caseload.col.post"),
				text("pack.col.role"), text("caseload.col.children"), text("caseload.col.families"), text("caseload.col.underSix"),
				text("caseload.col.date"), text("caseload.col.threshold")));
		for (LocalityView locality : localities) {
			CaseloadPage page = of(locality.id());
			for (PostFigures post : page == null ? List.<PostFigures>of() : page.latest()) {
				table.row(locality.name(), post.label(), text(post.role().messageKey()), post.figures().children(),
						post.figures().families(), post.figures().childrenUnderSixMonths(), post.snapshotDate(),
						messages.getMessage(post.flag().messageKey(), post.flag().args(), locale));
			}
		}
		return List.of(table);
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}
}

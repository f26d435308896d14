package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.dashboard.SectionExport;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PackSummaryColumn;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The caseloads of some localities as of a moment, as the dashboard, the comparison and the pack show them: each
 * post's latest figures against its role's threshold, in words. The comparison, the pack and the exports write a count
 * below the small-number threshold in words ("fewer than 5"); the team's own dashboard shows it.
 */
public record CaseloadSection(List<LocalityView> localities, Map<Long, CaseloadPage> byLocality, MessageSource messages,
		Locale locale, SmallNumbers smallNumbers) implements SectionContent, PackPart {

	/** A count as the comparison and the pack write it. */
	public String disclosed(int count) {
		return smallNumbers.text(count);
	}

	/** A post's figures against its threshold in words, its number of children withheld when it is small. */
	public String disclosedFlag(PostFigures post) {
		CaseloadFlag flag = post.flag();
		if (!smallNumbers.suppressed(flag.children())) {
			return messages.getMessage(flag.messageKey(), flag.args(), locale);
		}
		Object[] args = flag.args();
		args[0] = smallNumbers.words();
		return messages.getMessage(flag.messageKey() + ".withheld", args, locale);
	}

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
				table.row(locality.name(), post.label(), text(post.role().messageKey()), smallNumbers.cell(post.figures().children()),
						smallNumbers.cell(post.figures().families()), smallNumbers.cell(post.figures().childrenUnderSixMonths()),
						post.snapshotDate(), disclosedFlag(post));
			}
		}
		return List.of(table);
	}

	/** The table of latest figures, downloaded from the dashboard and the comparison. */
	public SectionExport download() {
		return new SectionExport("caseloads", localities);
	}

	@Override
	public java.util.Optional<ExportTable> export(String table) {
		return download().when(table, () -> tables().get(0));
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}
}

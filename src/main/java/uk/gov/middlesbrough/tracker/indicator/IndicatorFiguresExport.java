package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;

/**
 * The indicator page's figures as a download: a row a figure of each locality the page shows in full, with whether
 * it was signed off and where it came from (source organisation and reference, who entered it and how). Figures
 * leave the team's pages here, so a small count is written in words, as the other downloads write it.
 */
public final class IndicatorFiguresExport {

	private final MessageSource messages;
	private final Locale locale;
	private final SmallNumbers smallNumbers;

	public IndicatorFiguresExport(MessageSource messages, Locale locale, SmallNumbers smallNumbers) {
		this.messages = messages;
		this.locale = locale;
		this.smallNumbers = smallNumbers;
	}

	public ExportTable table(IndicatorPage page) {
		IndicatorView indicator = page.indicator();
		ExportTable table = new ExportTable(indicator.name(), List.of(text("export.locality"), text("dashboard.col.period"),
				text("dashboard.col.value"), text("export.signOff"), text("export.sourceOrganisation"), text("pack.col.source"),
				text("export.enteredBy"), text("export.howEntered"), text("export.importBatch")));
		for (LocalitySeries series : page.localities()) {
			for (FigurePoint point : series.points()) {
				FigureProvenance provenance = point.provenance();
				Object value = indicator.withheld(point.value(), smallNumbers) ? smallNumbers.words() : point.value();
				table.row(series.localityName(), point.period(), value,
						text(point.signedOff() ? "figure.signedOff" : "figure.provisional"),
						provenance == null ? null : provenance.organisation(), point.sourceReference(),
						provenance == null ? null : provenance.enteredBy(),
						provenance == null ? null : text("export.how." + provenance.how().name()),
						provenance == null ? null : provenance.importBatchId());
			}
		}
		return table;
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}
}

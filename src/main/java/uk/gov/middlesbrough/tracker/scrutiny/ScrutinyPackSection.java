package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PackSection;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/** The scrutiny recommendations tracker as a chapter of its own in every pack, as of the pack's date. */
@Component
class ScrutinyPackSection implements PackSection {

	private final ScrutinyQueries queries;
	private final MessageSource messages;

	ScrutinyPackSection(ScrutinyQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Trackers packPart(LocalityReading reading) {
		List<TrackerPage> trackers = queries.reviews(reading.asOf()).stream()
				.map(review -> queries.tracker(review.id(), reading.asOf()))
				.flatMap(Optional::stream)
				.toList();
		return new Trackers(trackers, messages, LocaleContextHolder.getLocale());
	}

	/** Every review's recommendations and the executive's responses, as of the pack's date. */
	public record Trackers(List<TrackerPage> trackers, MessageSource messages, Locale locale) implements PackPart {

		@Override
		public TemplateFragment pdfChapter() {
			return TemplateFragment.of("scrutiny/pdf :: chapter");
		}

		@Override
		public String chapterTitleKey() {
			return "pdf.recommendations";
		}

		@Override
		public TemplateFragment summaryNote() {
			return TemplateFragment.of("scrutiny/pdf :: summary");
		}

		/** The recommendations with a flag (response overdue, report back due or overdue), review by review. */
		public List<TrackerRow> flagged(TrackerPage tracker) {
			return tracker.rows().stream().filter(row -> !row.flags().isEmpty()).toList();
		}

		@Override
		public List<ExportTable> tables() {
			ExportTable table = new ExportTable("Scrutiny recommendations", List.of(text("pack.col.review"),
					text("pack.col.reference"), text("pack.col.recommendation"), text("pack.col.responsible"),
					text("pack.col.timescale"), text("pack.col.status"), text("pack.col.flags"), text("scrutiny.field.decision"),
					text("scrutiny.field.decisionReasons"), text("scrutiny.export.closure")));
			for (TrackerPage tracker : trackers) {
				for (TrackerRow row : tracker.rows()) {
					ExecutiveResponse response = row.response();
					table.row(tracker.review().topic(), row.reference(), row.text(), response.responsiblePost(),
							response.timescaleText(), text(row.status().messageKey()),
							String.join("; ", row.flags().stream().map(flag -> text(flag.kind().messageKey())).toList()),
							response.decision() == null ? null : text(response.decision().messageKey()),
							response.decisionReasons(), closure(row.closure()));
				}
			}
			return List.of(table.markedWhere(text("export.illustrative"), text("illustrative.tag"), trackers.stream()
					.flatMap(tracker -> tracker.rows().stream()).map(TrackerRow::illustrative).toList()));
		}

		private String text(String key) {
			return messages.getMessage(key, null, locale);
		}

		private String closure(PanelAgreement closure) {
			return closure == null ? null : messages.getMessage("scrutiny.closure.summary", closure.inWords(), locale);
		}
	}
}

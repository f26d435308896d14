package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** A review's tracker as of a moment: the review, its counts, and its recommendations in reference order. */
public record TrackerPage(ReviewSummary review, List<TrackerRow> rows, AsOf asOf) {

	/** The rows with this status (null: any) and this flag (null: any row; ANY: flagged rows only). */
	public List<TrackerRow> filtered(RecommendationStatus status, FlagFilter flag) {
		return rows.stream()
				.filter(row -> status == null || row.status() == status)
				.filter(row -> flag == null || flag.accepts(row))
				.toList();
	}

	/** The flag filter's choices. */
	public enum FlagFilter {
		ANY, RESPONSE_OVERDUE, REPORT_BACK_DUE, REPORT_BACK_OVERDUE, NONE;

		boolean accepts(TrackerRow row) {
			switch (this) {
				case ANY:
					return row.flagged();
				case NONE:
					return !row.flagged();
				default:
					return row.has(ScrutinyFlag.valueOf(name()));
			}
		}

		public String messageKey() {
			return "scrutiny.filter.flag." + name();
		}
	}
}

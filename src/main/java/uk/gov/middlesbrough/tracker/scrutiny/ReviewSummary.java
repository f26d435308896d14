package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A review with how many of its recommendations are in each status and carry each flag. */
public record ReviewSummary(long id, String panel, String topic, LocalDate finalReportOn, LocalDate responseOn,
		int recommendations, List<StatusCount> statusCounts, List<FlagCount> flagCounts, boolean finalReportIllustrative,
		boolean recommendationsIllustrative) {

	/** Whether the review shows anything the demo data invented: its final report's date or a recommendation's state. */
	public boolean illustrative() {
		return finalReportIllustrative || recommendationsIllustrative;
	}

	static ReviewSummary of(ReviewRecord review, List<TrackerRow> rows) {
		List<StatusCount> statuses = Arrays.stream(RecommendationStatus.values())
				.map(status -> new StatusCount(status, (int) rows.stream().filter(row -> row.status() == status).count()))
				.toList();
		List<FlagCount> flags = Arrays.stream(ScrutinyFlag.values())
				.map(flag -> new FlagCount(flag, (int) rows.stream().filter(row -> row.has(flag)).count()))
				.toList();
		return new ReviewSummary(review.id(), review.panel(), review.topic(), review.finalReportOn(), review.responseOn(),
				rows.size(), statuses, flags, review.finalReportIllustrative(),
				rows.stream().anyMatch(TrackerRow::illustrative));
	}

	public int flagged(ScrutinyFlag flag) {
		return flagCounts.stream().filter(count -> count.flag() == flag).mapToInt(FlagCount::count).sum();
	}

	public record StatusCount(RecommendationStatus status, int count) {
	}

	public record FlagCount(ScrutinyFlag flag, int count) {
	}

	/** A review row as read from the database. */
	record ReviewRecord(long id, String panel, String topic, LocalDate finalReportOn, LocalDate responseOn,
			boolean finalReportIllustrative) {
	}
}

package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;

/** Everything a recommendation's page shows: its review, the recommendation with its response, and its timeline. */
public record RecommendationDetail(TrackerRow recommendation, String panel, String topic, long version,
		List<HistoryRow> history) {
}

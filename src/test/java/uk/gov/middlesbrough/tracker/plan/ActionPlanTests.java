package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionPlanTests {

	@Test
	void recordingAReviewGivesItsRecordAndAnnouncesIt() {
		ActionPlan plan = withId(new ActionPlan(3, 1, "Community safety", 1, "Fewer incidents", "Council"), 21);
		Instant at = Instant.parse("2026-03-02T12:00:00Z");

		PlanReview review = plan.recordReview(LocalDate.of(2026, 2, 27), "All on track", "manager", at);

		assertThat(review).extracting("actionPlanId", "reviewedOn", "notes", "recordedBy", "recordedAt")
			.containsExactly(21L, LocalDate.of(2026, 2, 27), "All on track", "manager", at);
		assertThat(events(plan)).containsExactly(new ReviewRecorded(21, 3, LocalDate.of(2026, 2, 27), "manager", at));
	}
}

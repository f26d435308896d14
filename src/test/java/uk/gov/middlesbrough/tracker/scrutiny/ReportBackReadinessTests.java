package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.scrutiny.DeliveringActions.DeliveringAction;

class ReportBackReadinessTests {

	private static DeliveringAction action(long id, int completion, boolean cancelled) {
		return new DeliveringAction(id, "Action " + id, "North Ormesby", "Making People Feel Safe", completion,
				cancelled ? null : completion == 100 ? "COMPLETE" : "GREEN", cancelled, "/actions/" + id);
	}

	@Test
	void readyOnlyWhenEveryLinkedActionIsComplete() {
		assertThat(ReportBackReadiness.ready(RecommendationStatus.IN_PROGRESS, List.of(action(1, 100, false), action(2, 99, false))))
			.as("99% is not complete").isFalse();
		assertThat(ReportBackReadiness.ready(RecommendationStatus.IN_PROGRESS, List.of(action(1, 100, false), action(2, 100, false))))
			.isTrue();
		assertThat(ReportBackReadiness.ready(RecommendationStatus.NOT_STARTED, List.of(action(1, 100, false)))).isTrue();
	}

	@Test
	void notReadyWithNoActionOrOnlyCancelledOnesAndCancelledOnesDoNotHoldItBack() {
		assertThat(ReportBackReadiness.ready(RecommendationStatus.IN_PROGRESS, List.of())).isFalse();
		assertThat(ReportBackReadiness.ready(RecommendationStatus.IN_PROGRESS, List.of(action(1, 30, true)))).isFalse();
		assertThat(ReportBackReadiness.ready(RecommendationStatus.IN_PROGRESS, List.of(action(1, 100, false), action(2, 30, true))))
			.isTrue();
	}

	@Test
	void aClosedRecommendationIsNotReadyToReportBackItHasBeenDealtWith() {
		List<DeliveringAction> done = List.of(action(1, 100, false));
		assertThat(ReportBackReadiness.ready(RecommendationStatus.COMPLETED, done)).isFalse();
		assertThat(ReportBackReadiness.ready(RecommendationStatus.NOT_ACCEPTED, done)).isFalse();
	}

	@Test
	void atAPastMomentAnActionLinkedLaterNeitherCountsNorHoldsItBack() {
		LinkedAction doneThen = new LinkedAction(action(1, 100, false), LocalDate.of(2023, 3, 1), false);
		LinkedAction unfinishedLinkedLater = new LinkedAction(action(2, 40, false), LocalDate.of(2023, 6, 1), true);
		LinkedAction doneLinkedLater = new LinkedAction(action(3, 100, false), LocalDate.of(2023, 6, 1), true);
		assertThat(ReportBackReadiness.readyAt(RecommendationStatus.IN_PROGRESS, List.of(doneThen, unfinishedLinkedLater)))
			.isTrue();
		assertThat(ReportBackReadiness.readyAt(RecommendationStatus.IN_PROGRESS, List.of(doneLinkedLater))).isFalse();
	}
}

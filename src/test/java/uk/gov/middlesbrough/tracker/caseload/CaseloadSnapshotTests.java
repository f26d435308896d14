package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A post's caseload keeps every figure it had: a correction's history entry holds the old figures beside the new. */
class CaseloadSnapshotTests {

	private static final LocalDate NOVEMBER = LocalDate.of(2021, 11, 22);
	private static final Instant NOON = Instant.parse("2021-11-23T12:00:00Z");

	private final CaseloadSnapshot snapshot = withId(new CaseloadSnapshot(2, NOVEMBER, CaseloadRole.SOCIAL_WORKER,
			" Social Worker 1 ", new CaseloadFigures(29, 14, 16), "Report to the panel"), 40);

	@Test
	void aCorrectionKeepsTheOldFiguresAndAnnouncesIt() {
		CaseloadHistoryEntry entry = snapshot.correct(new CaseloadFigures(30, 14, 17), null, NOON, "head", null).orElseThrow();

		assertThat(snapshot.figures()).isEqualTo(new CaseloadFigures(30, 14, 17));
		assertThat(snapshot.getSource()).isNull();
		assertThat(entry).extracting("caseloadSnapshotId", "kind", "children", "childrenUnderSixMonths", "oldChildren",
				"oldChildrenUnderSixMonths", "recordedBy")
			.containsExactly(40L, CaseloadHistoryKind.CORRECTED, 30, 17, 29, 16, "head");
		assertThat(events(snapshot)).containsExactly(new CaseloadRecorded(2, NOVEMBER, CaseloadRole.SOCIAL_WORKER,
				"Social Worker 1", new CaseloadFigures(29, 14, 16), new CaseloadFigures(30, 14, 17), "head", NOON, null));
	}

	@Test
	void theSameFiguresAndSourceAreNoCorrection() {
		assertThat(snapshot.correct(new CaseloadFigures(29, 14, 16), "Report to the panel", NOON, "head", null)).isEmpty();
		assertThat(events(snapshot)).isEmpty();
	}

	@Test
	void theFirstEntryRecordsTheFigures() {
		assertThat(snapshot.recorded(NOON, "head", 3L)).extracting("kind", "children", "oldChildren", "importBatchId")
			.containsExactly(CaseloadHistoryKind.RECORDED, 29, null, 3L);
		assertThat(((CaseloadRecorded) events(snapshot).get(0)).corrected()).isFalse();
	}
}

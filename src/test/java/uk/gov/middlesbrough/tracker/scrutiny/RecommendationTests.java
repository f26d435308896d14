package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A recommendation's response and status change only through its own methods, each leaving a history entry. */
class RecommendationTests {

	private static final Instant NOON = Instant.parse("2022-09-20T12:00:00Z");

	private static final ExecutiveResponse AGREED = new ExecutiveResponse("Agreed", "Train staff", "Head of Early Help",
			"Within existing budget", new BigDecimal("28500"), "By March", LocalDate.of(2023, 3, 31), null);

	private static final PanelAgreement PANEL = new PanelAgreement("Scrutiny panel, 20 September 2022",
			LocalDate.of(2022, 9, 20));

	private static final ExecutiveResponse REJECTED = new ExecutiveResponse("Not affordable", null, null, null, null, null,
			null, null, ResponseDecision.REJECTED, "No budget for extra workers");

	private final Recommendation recommendation = withId(
			new Recommendation(4, RecommendationReference.parse("b(i)").orElseThrow(), "Review early help allocation"), 30);

	@Test
	void aResponseChangesTheRecommendationLeavesItsStateInTheHistoryAndAnnouncesIt() {
		RecommendationHistoryEntry entry = recommendation.respond(AGREED, RecommendationStatus.IN_PROGRESS, null, "scrutiny", NOON)
			.orElseThrow();

		assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.IN_PROGRESS);
		assertThat(recommendation.response()).isEqualTo(AGREED);
		assertThat(entry).extracting("kind", "oldStatus", "status", "proposedAction", "budgetAmount", "recordedBy")
			.containsExactly(HistoryKind.RESPONSE, RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS,
					"Train staff", new BigDecimal("28500"), "scrutiny");
		assertThat(events(recommendation)).containsExactly(new RecommendationUpdated(30, 4, "b(i)", HistoryKind.RESPONSE,
				RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS, "scrutiny", NOON));
	}

	@Test
	void aResponseThatChangesNothingLeavesNoHistoryAndNoEvent() {
		recommendation.respond(AGREED, RecommendationStatus.IN_PROGRESS, null, "scrutiny", NOON);

		assertThat(recommendation.respond(AGREED, RecommendationStatus.IN_PROGRESS, null, "head", NOON.plusSeconds(60))).isEmpty();
		assertThat(events(recommendation)).hasSize(1);
	}

	@Test
	void aProgressUpdateMayMoveTheStatusOnOrBackAndAlwaysLeavesAnEntry() {
		recommendation.recordProgress(LocalDate.of(2022, 9, 20), "Allocation agreed", RecommendationStatus.COMPLETED,
				PANEL, "scrutiny", NOON);
		RecommendationHistoryEntry reopened = recommendation.recordProgress(LocalDate.of(2022, 10, 3),
				"Agreement withdrawn", RecommendationStatus.IN_PROGRESS, null, "head", NOON.plusSeconds(60));
		RecommendationHistoryEntry same = recommendation.recordProgress(LocalDate.of(2022, 10, 10), "Still working on it",
				RecommendationStatus.IN_PROGRESS, null, "head", NOON.plusSeconds(120));

		assertThat(reopened).extracting("kind", "oldStatus", "status", "updateOn", "note")
			.containsExactly(HistoryKind.PROGRESS, RecommendationStatus.COMPLETED, RecommendationStatus.IN_PROGRESS,
					LocalDate.of(2022, 10, 3), "Agreement withdrawn");
		assertThat(same).extracting("oldStatus", "status")
			.containsExactly(RecommendationStatus.IN_PROGRESS, RecommendationStatus.IN_PROGRESS);
		assertThat(events(recommendation)).hasSize(3).last()
			.isEqualTo(new RecommendationUpdated(30, 4, "b(i)", HistoryKind.PROGRESS, RecommendationStatus.IN_PROGRESS,
					RecommendationStatus.IN_PROGRESS, "head", NOON.plusSeconds(120)));
	}

	@Test
	void refusesAChangeWithoutAStatus() {
		assertThatThrownBy(() -> recommendation.respond(AGREED, null, null, "scrutiny", NOON)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> recommendation.recordProgress(LocalDate.of(2022, 9, 20), "Note", null, null, "scrutiny", NOON))
			.isInstanceOf(NullPointerException.class);
		assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.NOT_STARTED);
		assertThat(recommendation.response()).isEqualTo(ExecutiveResponse.NONE);
		assertThat(events(recommendation)).isEmpty();
	}

	@Test
	void theFirstEntryHoldsTheNewRecommendationWithoutAnEvent() {
		assertThat(recommendation.added("scrutiny", NOON)).extracting("kind", "oldStatus", "status")
			.containsExactly(HistoryKind.ADDED, null, RecommendationStatus.NOT_STARTED);
		assertThat(events(recommendation)).isEmpty();
	}

	@Test
	void closingWithoutThePanelsAgreementIsRefusedAndChangesNothing() {
		assertThatThrownBy(() -> recommendation.recordProgress(LocalDate.of(2022, 9, 20), "Done",
				RecommendationStatus.COMPLETED, null, "scrutiny", NOON)).isInstanceOf(PanelAgreementNeeded.class);
		assertThatThrownBy(() -> recommendation.respond(REJECTED, RecommendationStatus.NOT_ACCEPTED, null, "scrutiny", NOON))
			.isInstanceOf(PanelAgreementNeeded.class);
		assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.NOT_STARTED);
		assertThat(recommendation.response()).isEqualTo(ExecutiveResponse.NONE);
		assertThat(events(recommendation)).isEmpty();
	}

	@Test
	void thePanelsAgreementIsKeptWhileClosedAndDroppedOnReopening() {
		RecommendationHistoryEntry closed = recommendation.respond(REJECTED, RecommendationStatus.NOT_ACCEPTED, PANEL,
				"scrutiny", NOON).orElseThrow();
		assertThat(closed).extracting("decision", "decisionReasons", "closureMeeting", "closureAgreedOn")
			.containsExactly(ResponseDecision.REJECTED, "No budget for extra workers", "Scrutiny panel, 20 September 2022",
					LocalDate.of(2022, 9, 20));
		// A later update that leaves it closed needs no new agreement and keeps the one it was closed with.
		recommendation.recordProgress(LocalDate.of(2022, 10, 1), "Noted again", RecommendationStatus.NOT_ACCEPTED, null,
				"head", NOON.plusSeconds(60));
		assertThat(recommendation.closure()).isEqualTo(PANEL);
		// An agreement given when not closing is not recorded.
		recommendation.respond(AGREED, RecommendationStatus.IN_PROGRESS, PANEL, "head", NOON.plusSeconds(120));
		assertThat(recommendation.closure()).isNull();
	}

	@Test
	void aRejectedResponseGoesOnlyWithNotAccepted() {
		assertThatThrownBy(() -> recommendation.respond(REJECTED, RecommendationStatus.IN_PROGRESS, null, "scrutiny", NOON))
			.isInstanceOf(IllegalArgumentException.class);
		ExecutiveResponse accepted = new ExecutiveResponse("Agreed", null, null, null, null, null, null, null,
				ResponseDecision.ACCEPTED, null);
		assertThatThrownBy(() -> recommendation.respond(accepted, RecommendationStatus.NOT_ACCEPTED, PANEL, "scrutiny", NOON))
			.isInstanceOf(IllegalArgumentException.class);
		recommendation.respond(accepted, RecommendationStatus.IN_PROGRESS, null, "scrutiny", NOON);
		assertThatThrownBy(() -> recommendation.recordProgress(LocalDate.of(2022, 9, 20), "Dropped",
				RecommendationStatus.NOT_ACCEPTED, PANEL, "scrutiny", NOON)).isInstanceOf(IllegalArgumentException.class);
		assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.IN_PROGRESS);
	}
}

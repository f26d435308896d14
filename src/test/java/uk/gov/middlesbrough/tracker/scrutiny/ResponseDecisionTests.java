package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus.COMPLETED;
import static uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus.IN_PROGRESS;
import static uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus.NOT_ACCEPTED;
import static uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus.NOT_STARTED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which decisions need reasons, which statuses go with each, and which status changes need the panel's agreement. */
class ResponseDecisionTests {

	@Test
	void partlyAcceptedAndRejectedNeedReasonsAcceptedDoesNot() {
		assertThat(ResponseDecision.ACCEPTED.needsReasons()).isFalse();
		assertThat(ResponseDecision.PARTLY_ACCEPTED.needsReasons()).isTrue();
		assertThat(ResponseDecision.REJECTED.needsReasons()).isTrue();
		assertThatThrownBy(() -> new ExecutiveResponse(null, null, null, null, null, null, null, null,
				ResponseDecision.PARTLY_ACCEPTED, " ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(new ExecutiveResponse(null, null, null, null, null, null, null, null, ResponseDecision.ACCEPTED, null)
			.recorded()).isTrue();
	}

	@Test
	void rejectedGoesWithNotAcceptedAndOnlyWithIt() {
		assertThat(ResponseDecision.REJECTED.fits(NOT_ACCEPTED)).isTrue();
		assertThat(ResponseDecision.REJECTED.fits(COMPLETED)).isFalse();
		assertThat(ResponseDecision.REJECTED.fits(NOT_STARTED)).isFalse();
		assertThat(ResponseDecision.ACCEPTED.fits(NOT_ACCEPTED)).isFalse();
		assertThat(ResponseDecision.PARTLY_ACCEPTED.fits(NOT_ACCEPTED)).isFalse();
		assertThat(ResponseDecision.PARTLY_ACCEPTED.fits(IN_PROGRESS)).isTrue();
		assertThat(ResponseDecision.ACCEPTED.fits(COMPLETED)).isTrue();
	}

	@Test
	void movingIntoAClosedStatusFromAnyOtherNeedsThePanelsAgreementStayingClosedDoesNot() {
		assertThat(COMPLETED.closesFrom(IN_PROGRESS)).isTrue();
		assertThat(COMPLETED.closesFrom(NOT_STARTED)).isTrue();
		assertThat(NOT_ACCEPTED.closesFrom(NOT_STARTED)).isTrue();
		assertThat(NOT_ACCEPTED.closesFrom(COMPLETED)).isTrue();
		assertThat(COMPLETED.closesFrom(COMPLETED)).isFalse();
		assertThat(IN_PROGRESS.closesFrom(COMPLETED)).isFalse();
		assertThat(NOT_STARTED.closesFrom(IN_PROGRESS)).isFalse();
	}

	@Test
	void thePanelsAgreementNamesItsMeetingAndDate() {
		assertThatThrownBy(() -> new PanelAgreement("  ", LocalDate.of(2023, 3, 20))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PanelAgreement("Panel, 20 March 2023", null)).isInstanceOf(NullPointerException.class);
		assertThat(new PanelAgreement(" Panel, 20 March 2023 ", LocalDate.of(2023, 3, 20)).inWords())
			.containsExactly("Panel, 20 March 2023", "20 March 2023");
	}
}

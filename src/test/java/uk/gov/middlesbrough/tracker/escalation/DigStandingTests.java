package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigStandingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
	private static final DigDecision DECIDED_10_NOVEMBER = new DigDecision(LocalDate.of(2026, 11, 10), "Police to cover",
			"Neighbourhood Manager", LocalDate.of(2027, 2, 1), null, null, "head", Instant.parse("2026-11-10T10:00:00Z"));

	private static RaisedMark raised(LocalDate on) {
		return new RaisedMark(on, "Raised", "head", Instant.parse("2026-11-03T10:00:00Z"));
	}

	@Test
	void aDecisionAnsweringTheLatestRaisingStandsWithTheDaysItTookAndFillsTheExportsColumns() {
		DigStanding standing = DigStanding.of(raised(LocalDate.of(2026, 11, 3)), DECIDED_10_NOVEMBER, TODAY);
		assertThat(standing.state()).isEqualTo(DecisionState.DECIDED);
		assertThat(standing.decided()).isSameAs(DECIDED_10_NOVEMBER);
		assertThat(standing.daysToDecide()).isEqualTo(7L);
		assertThat(standing.exportCells("Decided")).containsExactly("Decided", LocalDate.of(2026, 11, 10), "Police to cover",
				"Neighbourhood Manager", LocalDate.of(2027, 2, 1));
		assertThat(standing.exportCells("Decided")).hasSameSizeAs(DigStanding.EXPORT_HEADINGS);
	}

	@Test
	void anItemRaisedAgainAfterItsDecisionAwaitsANewOneSoTheOldDecisionNoLongerStands() {
		DigStanding standing = DigStanding.of(raised(LocalDate.of(2026, 12, 1)), DECIDED_10_NOVEMBER, TODAY);
		assertThat(standing.state()).isEqualTo(DecisionState.AWAITING_DECISION);
		assertThat(standing.latest()).isSameAs(DECIDED_10_NOVEMBER);
		assertThat(standing.decided()).isNull();
		assertThat(standing.daysToDecide()).isNull();
		assertThat(standing.exportCells("Awaiting decision")).containsExactly("Awaiting decision", null, null, null, null);
	}

	@Test
	void anItemNeverRaisedHasNoDecision() {
		DigStanding standing = DigStanding.of(null, null, TODAY);
		assertThat(standing.state()).isEqualTo(DecisionState.NOT_RAISED);
		assertThat(standing.decided()).isNull();
	}
}

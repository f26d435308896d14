package uk.gov.middlesbrough.tracker.indicator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the register of restatements: a change to a signed-off figure, its reason, who asked and when, and
 * the head of service's decision (values in the indicator's words; a figure not recorded before has no old value).
 */
public record Restatement(long id, long indicatorId, String indicatorName, long localityId, String localityName,
		LocalDate period, String periodLabel, String oldValue, String newValue, String reason, String requestedBy,
		Instant requestedAt, Decision decision, String decidedBy, Instant decidedAt, String decisionNote, long version) {

	/** Where a request stands. */
	public enum Decision {
		REQUESTED, APPROVED, REFUSED;

		public String messageKey() {
			return "restatement.decision." + name();
		}
	}

	public boolean open() {
		return decision == Decision.REQUESTED;
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import java.time.Instant;
import java.time.LocalDate;

/** A restatement was asked for (REQUESTED), approved or refused: for the audit trail and anyone who listens. */
public record RestatementDecided(long restatementId, long indicatorId, long localityId, LocalDate period,
		Restatement.Decision decision, String who, Instant at) {
}

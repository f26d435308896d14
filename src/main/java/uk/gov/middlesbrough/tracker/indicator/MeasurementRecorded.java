package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A figure was recorded for an indicator in a locality for a period: the first one ({@code oldValue} null) or a
 * correction of the one before. {@code importBatchId} names the import that brought it, null for a form.
 */
public record MeasurementRecorded(long indicatorId, long localityId, LocalDate period, BigDecimal oldValue,
		BigDecimal value, String recordedBy, Instant recordedAt, Long importBatchId) {

	public boolean corrected() {
		return oldValue != null;
	}
}

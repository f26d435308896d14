package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure to record, from the form or a row of an import, already checked: the value fits the indicator's
 * unit. A null note or source reference means "keep what is recorded".
 */
public record FigureEntry(long indicatorId, long localityId, LocalDate period, BigDecimal value, String note,
		String sourceReference) {

	/** The key a measurement is unique on. */
	FigureKey key() {
		return new FigureKey(indicatorId, localityId, period);
	}

	record FigureKey(long indicatorId, long localityId, LocalDate period) {
	}
}

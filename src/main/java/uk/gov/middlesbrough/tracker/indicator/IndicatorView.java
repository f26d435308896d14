package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's definition as pages and other modules read it. */
public record IndicatorView(long id, String code, String name, String description, Unit unit, Polarity polarity,
		Frequency frequency, String source, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target,
		BigDecimal tolerance, long version) {

	/** A figure in this indicator's unit, as people read it. */
	public String format(BigDecimal value) {
		return unit.format(value);
	}

	public String period(LocalDate period) {
		return frequency.label(period);
	}
}

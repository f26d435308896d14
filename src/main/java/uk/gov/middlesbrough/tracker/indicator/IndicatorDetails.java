package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's definition, validated by the form before it gets here. */
public record IndicatorDetails(String code, String name, String description, Unit unit, Polarity polarity, Frequency frequency,
		String source, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target, BigDecimal tolerance) {
}

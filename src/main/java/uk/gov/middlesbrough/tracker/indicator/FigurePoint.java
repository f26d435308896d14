package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One figure of a locality's series, as known at the view's moment, with the words the page shows. */
public record FigurePoint(LocalDate period, String periodLabel, BigDecimal value, String formatted, String note,
		String sourceReference) {
}

package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The SMART fields of an action, validated by the form before they get here. */
public record SmartDetails(String specific, String measure, String targetValue, Long indicatorId, String ownerPost,
		String partner, String resources, String relevantObjective, LocalDate startDate, LocalDate dueDate,
		BigDecimal weight) {
}

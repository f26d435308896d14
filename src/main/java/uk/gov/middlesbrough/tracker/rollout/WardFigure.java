package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ward's figure for one measure and period (the period's first day), with the number of people behind it when
 * it is a rate or percentage of people (null otherwise), and whether it is invented for the demonstration.
 */
public record WardFigure(long wardId, String measureCode, LocalDate period, BigDecimal value, Integer peopleCount,
		boolean illustrative) {
}

package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;

/** One indicator of a need index as chosen: its place among the others, what it measures and its weight. */
public record ScenarioIndicator(int position, String code, String name, String unit, NeedDirection direction,
		BigDecimal weight) {
}

package uk.gov.middlesbrough.tracker.rollout;

/**
 * What a ward figure measures: its unit (COUNT, PERCENTAGE, RATE_PER_1000 or RANK), which way means more need, how
 * long a period each figure covers (1, 3 or 12 months) and where the figures come from.
 */
public record WardMeasure(long id, String code, String name, String unit, NeedDirection direction, int periodMonths,
		String source) {

	/** Figures over time, so a before-and-after comparison makes sense (not a yearly deprivation rank). */
	public boolean periodic() {
		return periodMonths < 12;
	}
}

package uk.gov.middlesbrough.tracker.indicator;

/** An indicator's unit cannot change once figures are recorded in it (they would stop meaning what they said). */
public class UnitLocked extends RuntimeException {

	UnitLocked() {
		super("The unit of an indicator with figures cannot change");
	}
}

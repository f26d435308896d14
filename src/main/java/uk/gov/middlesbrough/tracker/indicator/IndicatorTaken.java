package uk.gov.middlesbrough.tracker.indicator;

/** Another indicator already has this code or name ({@code field} says which). */
class IndicatorTaken extends RuntimeException {

	private final String field;

	IndicatorTaken(String field) {
		super("Another indicator has this " + field);
		this.field = field;
	}

	String field() {
		return field;
	}
}

package uk.gov.middlesbrough.tracker.indicator;

/** Another indicator already has this code or name ({@code field} says which). */
public class IndicatorTaken extends RuntimeException {

	private final String field;

	IndicatorTaken(String field) {
		super("Another indicator has this " + field);
		this.field = field;
	}

	public String field() {
		return field;
	}
}

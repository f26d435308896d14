package uk.gov.middlesbrough.tracker.web;

/** A date in a web address (an "as of" day) outside {@link SaneInput}'s range: a bad request, not a server error. */
public class DateOutOfRange extends RuntimeException {

	public DateOutOfRange(Object date) {
		super("Date out of range: " + date);
	}
}

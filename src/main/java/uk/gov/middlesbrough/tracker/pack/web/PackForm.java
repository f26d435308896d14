package uk.gov.middlesbrough.tracker.pack.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** Producing a pack: the date its figures are as of (today or earlier), and whether it lists what changed since the last. */
public class PackForm {

	private DateInput asOf = new DateInput();

	private boolean withChanges;

	void validate(Errors errors, Clock clock) {
		DateInput.validate(errors, "asOf", asOf, "as-of date", true);
		if (!errors.hasFieldErrors("asOf") && asOf.toDate().orElseThrow().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("asOf", "pack.asOf.future");
		}
	}

	public DateInput getAsOf() {
		return asOf;
	}

	public void setAsOf(DateInput asOf) {
		this.asOf = asOf;
	}

	public boolean isWithChanges() {
		return withChanges;
	}

	public void setWithChanges(boolean withChanges) {
		this.withChanges = withChanges;
	}
}

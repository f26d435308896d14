package uk.gov.middlesbrough.tracker.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * The "as of" date of a dashboard, a comparison or a recommendation's page, typed in a GOV.UK date input (the
 * {@code dashboard/as-of :: form} fragment); blank means today.
 */
public class AsOfForm {

	private DateInput asOf = new DateInput();

	/** Checks the date is real and not in the future. */
	public void validate(Errors errors, Clock clock) {
		DateInput.validate(errors, "asOf", asOf, "as-of date", false);
		if (!errors.hasFieldErrors("asOf") && !asOf.isBlank() && asOf.toDate().orElseThrow().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("asOf", "dashboard.asOf.future");
		}
	}

	/** The moment to show: today's view unless a valid past date was given. */
	public AsOf moment(Errors errors, Clock clock) {
		if (errors.hasFieldErrors("asOf") || asOf.isBlank()) {
			return AsOf.now(clock);
		}
		return AsOf.endOf(asOf.toDate().orElseThrow(), clock);
	}

	public DateInput getAsOf() {
		return asOf;
	}

	public void setAsOf(DateInput asOf) {
		this.asOf = asOf;
	}
}

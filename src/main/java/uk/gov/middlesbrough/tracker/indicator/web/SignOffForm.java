package uk.gov.middlesbrough.tracker.indicator.web;

import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.indicator.SignOffPeriod;

/** Signing off a locality's figures: which source's figures, and for which month or quarter (one of those offered). */
public class SignOffForm {

	private String source;
	private String period;

	/** Rejects a source or period not offered; the period when both are good. */
	Optional<SignOffPeriod> validate(Errors errors, List<String> sources, List<SignOffPeriod> periods) {
		if (source == null || source.isBlank()) {
			errors.rejectValue("source", "signOff.source.required");
		}
		else if (!sources.contains(source)) {
			errors.rejectValue("source", "signOff.source.unknown");
		}
		Optional<SignOffPeriod> chosen = SignOffPeriod.parse(period).filter(periods::contains);
		if (period == null || period.isBlank()) {
			errors.rejectValue("period", "signOff.period.required");
		}
		else if (chosen.isEmpty()) {
			errors.rejectValue("period", "signOff.period.unknown");
		}
		return errors.hasErrors() ? Optional.empty() : chosen;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}
}

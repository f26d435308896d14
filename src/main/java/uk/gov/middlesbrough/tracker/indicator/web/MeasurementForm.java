package uk.gov.middlesbrough.tracker.indicator.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.Unit;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/** One figure typed on the indicator page: a new measurement, or a correction of the one for that period. */
public class MeasurementForm {

	@NotNull
	private Long localityId;

	private DateInput period = new DateInput();

	private String value;

	@Size(max = 1000)
	private String note;

	@Size(max = 300)
	private String sourceReference;

	/**
	 * The period (a real date, not after today, the last day of a period of the indicator's frequency unless it
	 * corrects a figure already recorded for that date) and the value (a number in the indicator's unit).
	 */
	void validate(Errors errors, IndicatorView indicator, LocalDate today, Predicate<LocalDate> alreadyRecorded) {
		Unit unit = indicator.unit();
		DateInput.validate(errors, "period", period, "period", true);
		if (!errors.hasFieldErrors("period") && period.toDate().orElseThrow().isAfter(today)) {
			errors.rejectValue("period", "measurement.period.future");
		}
		if (!errors.hasFieldErrors("period") && !indicator.frequency().isPeriodEnd(period.toDate().orElseThrow())
				&& !alreadyRecorded.test(period.toDate().orElseThrow())) {
			errors.rejectValue("period", indicator.frequency().periodEndMessageKey());
		}
		if (Figures.isBlank(value)) {
			errors.rejectValue("value", "measurement.value.required");
			return;
		}
		Optional<BigDecimal> number = Figures.parse(value);
		if (number.isEmpty()) {
			errors.rejectValue("value", "measurement.value.number");
		}
		else {
			unit.problem(number.get()).ifPresent(key -> errors.rejectValue("value", key));
		}
	}

	/** Call only once the form has passed validation. */
	FigureEntry toEntry(long indicatorId) {
		return new FigureEntry(indicatorId, localityId, period.toDate().orElseThrow(), Figures.parse(value).orElseThrow(),
				FormText.blankToNull(note), FormText.blankToNull(sourceReference));
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public DateInput getPeriod() {
		return period;
	}

	public void setPeriod(DateInput period) {
		this.period = period;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSourceReference() {
		return sourceReference;
	}

	public void setSourceReference(String sourceReference) {
		this.sourceReference = sourceReference;
	}
}

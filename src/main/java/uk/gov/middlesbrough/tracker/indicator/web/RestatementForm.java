package uk.gov.middlesbrough.tracker.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;

/**
 * A request to restate a signed-off figure: which figure (indicator, locality, period: carried from the page that
 * offered it), its new value in the indicator's unit, the reason (required), and optionally a note and source.
 */
public class RestatementForm {

	static final int REASON_MAX = 1000;

	private long indicatorId;
	private long localityId;
	private LocalDate period;
	private String value;
	private String reason;
	private String note;
	private String sourceReference;

	/** The figure to record when every field is good; otherwise the errors say why. */
	Optional<FigureEntry> validate(Errors errors, IndicatorView indicator) {
		Optional<BigDecimal> number = Figures.parse(value);
		if (Figures.isBlank(value)) {
			errors.rejectValue("value", "measurement.value.required");
		}
		else if (number.isEmpty()) {
			errors.rejectValue("value", "measurement.value.number");
		}
		else {
			indicator.unit().problem(number.get()).ifPresent(key -> errors.rejectValue("value", key));
		}
		if (reason == null || reason.isBlank()) {
			errors.rejectValue("reason", "restatement.reason.required");
		}
		else if (reason.strip().length() > REASON_MAX) {
			errors.rejectValue("reason", "restatement.reason.tooLong");
		}
		if (note != null && note.strip().length() > 1000) {
			errors.rejectValue("note", "restatement.note.tooLong");
		}
		if (sourceReference != null && sourceReference.strip().length() > 300) {
			errors.rejectValue("sourceReference", "restatement.source.tooLong");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new FigureEntry(indicatorId, localityId, period, number.orElseThrow(), blankAsNull(note),
				blankAsNull(sourceReference)));
	}

	String strippedReason() {
		return reason.strip();
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public long getIndicatorId() {
		return indicatorId;
	}

	public void setIndicatorId(long indicatorId) {
		this.indicatorId = indicatorId;
	}

	public long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(long localityId) {
		this.localityId = localityId;
	}

	public LocalDate getPeriod() {
		return period;
	}

	public void setPeriod(LocalDate period) {
		this.period = period;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
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

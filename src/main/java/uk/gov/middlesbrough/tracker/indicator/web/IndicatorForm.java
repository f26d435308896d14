package uk.gov.middlesbrough.tracker.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.indicator.Frequency;
import uk.gov.middlesbrough.tracker.indicator.IndicatorDetails;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.Polarity;
import uk.gov.middlesbrough.tracker.indicator.Unit;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/** The add / change indicator form, as typed. */
public class IndicatorForm {

	@NotBlank
	@Size(max = 60)
	@Pattern(regexp = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String description;

	@NotNull
	private Unit unit;

	@NotNull
	private Polarity polarity;

	@NotNull
	private Frequency frequency;

	@NotBlank
	@Size(max = 200)
	private String source;

	private String baselineValue;

	private DateInput baselineDate = new DateInput();

	private String target;

	private String tolerance = "0";

	private long version;

	static IndicatorForm of(IndicatorView indicator) {
		IndicatorForm form = new IndicatorForm();
		form.code = indicator.code();
		form.name = indicator.name();
		form.description = indicator.description();
		form.unit = indicator.unit();
		form.polarity = indicator.polarity();
		form.frequency = indicator.frequency();
		form.source = indicator.source();
		form.baselineValue = Figures.plain(indicator.baselineValue());
		form.baselineDate = DateInput.of(indicator.baselineDate());
		form.target = Figures.plain(indicator.target());
		form.tolerance = Figures.plain(indicator.tolerance());
		form.version = indicator.version();
		return form;
	}

	/** The figures: numbers in the unit's range, a baseline with both value and date, a tolerance of 0 or more. */
	void validate(Errors errors) {
		figure(errors, "baselineValue", baselineValue, false);
		DateInput.validate(errors, "baselineDate", baselineDate, "baseline date", !Figures.isBlank(baselineValue));
		if (Figures.isBlank(baselineValue) && baselineDate != null && !baselineDate.isBlank()) {
			errors.rejectValue("baselineValue", "indicator.baselineValue.withoutValue");
		}
		figure(errors, "target", target, false);
		if (Figures.isBlank(tolerance)) {
			errors.rejectValue("tolerance", "indicator.tolerance.required");
		}
		else if (Figures.parse(tolerance).isEmpty()) {
			errors.rejectValue("tolerance", "indicator.tolerance.number");
		}
		else if (unit != null) {
			unit.differenceProblem(Figures.parse(tolerance).get()).ifPresent(key -> errors.rejectValue("tolerance", key));
		}
	}

	private void figure(Errors errors, String field, String text, boolean required) {
		if (Figures.isBlank(text)) {
			if (required) {
				errors.rejectValue(field, "indicator." + field + ".required");
			}
			return;
		}
		Optional<BigDecimal> value = Figures.parse(text);
		if (value.isEmpty()) {
			errors.rejectValue(field, "indicator." + field + ".number");
		}
		else if (unit != null) {
			unit.problem(value.get()).ifPresent(key -> errors.rejectValue(field, key));
		}
	}

	/** Call only once the form has passed validation. */
	IndicatorDetails toDetails() {
		return new IndicatorDetails(code.strip(), name.strip(), FormText.blankToNull(description), unit, polarity, frequency,
				source.strip(), Figures.parse(baselineValue).orElse(null), baselineDate.toDate().orElse(null),
				Figures.parse(target).orElse(null), Figures.parse(tolerance).orElseThrow());
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Unit getUnit() {
		return unit;
	}

	public void setUnit(Unit unit) {
		this.unit = unit;
	}

	public Polarity getPolarity() {
		return polarity;
	}

	public void setPolarity(Polarity polarity) {
		this.polarity = polarity;
	}

	public Frequency getFrequency() {
		return frequency;
	}

	public void setFrequency(Frequency frequency) {
		this.frequency = frequency;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(String baselineValue) {
		this.baselineValue = baselineValue;
	}

	public DateInput getBaselineDate() {
		return baselineDate;
	}

	public void setBaselineDate(DateInput baselineDate) {
		this.baselineDate = baselineDate;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getTolerance() {
		return tolerance;
	}

	public void setTolerance(String tolerance) {
		this.tolerance = tolerance;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

package uk.gov.middlesbrough.tracker.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.survey.SurveyImportRules;
import uk.gov.middlesbrough.tracker.survey.WaveDetails;
import uk.gov.middlesbrough.tracker.survey.WaveNames;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/** The add-a-wave form, as typed. */
public class WaveForm {

	@NotBlank
	@Size(max = SurveyImportRules.WAVE_NAME_MAX)
	private String name;

	private DateInput fieldworkDate = new DateInput();

	private String respondents;

	@Size(max = 300)
	private String source;

	/** The fieldwork date (a real date, not in the future) and the respondents. */
	void validate(Errors errors, LocalDate today) {
		DateInput.validate(errors, "fieldworkDate", fieldworkDate, "fieldwork date", true);
		if (!errors.hasFieldErrors("fieldworkDate") && fieldworkDate.toDate().orElseThrow().isAfter(today)) {
			errors.rejectValue("fieldworkDate", "survey.wave.fieldworkDate.future");
		}
		RespondentsInput.validate(errors, "respondents", respondents);
	}

	/** Call only once the form has passed validation. */
	WaveDetails toDetails() {
		return new WaveDetails(WaveNames.tidy(name), fieldworkDate.toDate().orElseThrow(),
				RespondentsInput.parse(respondents),
				FormText.blankToNull(source));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DateInput getFieldworkDate() {
		return fieldworkDate;
	}

	public void setFieldworkDate(DateInput fieldworkDate) {
		this.fieldworkDate = fieldworkDate;
	}

	public String getRespondents() {
		return respondents;
	}

	public void setRespondents(String respondents) {
		this.respondents = respondents;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}
}

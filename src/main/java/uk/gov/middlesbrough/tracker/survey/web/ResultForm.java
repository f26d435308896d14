package uk.gov.middlesbrough.tracker.survey.web;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.survey.PercentAgreeing;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;

/**
 * Recording or correcting one figure: the percentage agreeing, the number who answered the question (optional)
 * and the version of the figure the user saw (empty when there was none yet).
 */
public class ResultForm {

	@NotBlank
	private String percentage;

	private String respondents;

	private Long version;

	static ResultForm of(Figure current) {
		ResultForm form = new ResultForm();
		if (current != null) {
			form.percentage = current.percent().text();
			form.respondents = current.respondents() == null ? null : String.valueOf(current.respondents());
			form.version = current.version();
		}
		return form;
	}

	/** The percentage (a number from 0 to 100, at most two decimal places; a "%" is allowed) and the respondents. */
	void validate(Errors errors) {
		if (!errors.hasFieldErrors("percentage")) {
			try {
				PercentAgreeing.Problem problem = PercentAgreeing.problemWith(number());
				if (problem != null) {
					errors.rejectValue("percentage", "survey.percentage." + problem.name());
				}
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("percentage", "survey.percentage.notNumber");
			}
		}
		RespondentsInput.validate(errors, "respondents", respondents);
	}

	/** Call only once the form has passed validation. */
	PercentAgreeing percent() {
		return new PercentAgreeing(number());
	}

	/** Call only once the form has passed validation. */
	Integer respondentsNumber() {
		return RespondentsInput.parse(respondents);
	}

	private BigDecimal number() {
		return new BigDecimal(percentage.strip().replace("%", "").strip());
	}

	public String getPercentage() {
		return percentage;
	}

	public void setPercentage(String percentage) {
		this.percentage = percentage;
	}

	public String getRespondents() {
		return respondents;
	}

	public void setRespondents(String respondents) {
		this.respondents = respondents;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

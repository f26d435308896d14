package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.ExecutiveResponse;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ResponseDecision;
import uk.gov.middlesbrough.tracker.scrutiny.Timescale;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerRow;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/**
 * Changing the status and the executive's response to a recommendation, with the executive's decision and its reasons
 * and, to close it, the panel's agreement.
 */
public class ResponseForm extends StatusChangeForm {

	private static final BigDecimal MOST = new BigDecimal("9999999999.99");

	@Size(max = 4000)
	private String comment;

	@Size(max = 4000)
	private String proposedAction;

	@Size(max = 200)
	private String responsiblePost;

	@Size(max = 500)
	private String budgetText;

	private String budgetAmount;

	@Size(max = 200)
	private String timescaleText;

	private DateInput targetDate = new DateInput();

	private DateInput reportBackOn = new DateInput();

	private ResponseDecision decision;

	@Size(max = 4000)
	private String decisionReasons;

	static ResponseForm of(TrackerRow row, long version) {
		ExecutiveResponse response = row.response();
		ResponseForm form = new ResponseForm();
		form.setStatus(row.status());
		form.comment = response.comment();
		form.proposedAction = response.proposedAction();
		form.responsiblePost = response.responsiblePost();
		form.budgetText = response.budgetText();
		form.budgetAmount = response.budgetAmount() == null ? null : response.budgetAmount().toPlainString();
		form.timescaleText = response.timescaleText();
		form.targetDate = DateInput.of(response.targetDate());
		form.reportBackOn = DateInput.of(response.reportBackOn());
		form.decision = response.decision();
		form.decisionReasons = response.decisionReasons();
		form.setVersion(version);
		return form;
	}

	/**
	 * The dates, the amount, a timescale for any proposed action, reasons for a decision that needs them (and no
	 * reasons without a decision), and a status that fits the decision and, if it closes the recommendation (from
	 * {@code current}), comes with the panel's agreement.
	 */
	void validate(Errors errors, RecommendationStatus current, LocalDate today) {
		DateInput.validatePlanned(errors, "targetDate", targetDate, "target date", false);
		DateInput.validatePlanned(errors, "reportBackOn", reportBackOn, "date of the report back to the panel", false);
		if (budgetAmount != null && !budgetAmount.isBlank() && parsedAmount() == null) {
			errors.rejectValue("budgetAmount", "scrutiny.response.budgetAmount.invalid");
		}
		boolean noTimescale = FormText.blankToNull(timescaleText) == null && targetDate.isBlank();
		if (FormText.blankToNull(proposedAction) != null && noTimescale && !errors.hasFieldErrors("timescaleText")) {
			errors.rejectValue("timescaleText", "scrutiny.response.timescale.required");
		}
		boolean noReasons = FormText.blankToNull(decisionReasons) == null;
		if (decision != null && decision.needsReasons() && noReasons) {
			errors.rejectValue("decisionReasons", "scrutiny.response.decisionReasons.required." + decision.name());
		}
		if (decision == null && !noReasons) {
			errors.rejectValue("decision", "scrutiny.response.decision.forReasons");
		}
		validateStatus(errors, current, decision, today);
	}

	/** An amount in pounds such as 28500, 28,500 or £28,500.00; null if blank or not an amount. */
	BigDecimal parsedAmount() {
		if (budgetAmount == null || budgetAmount.isBlank()) {
			return null;
		}
		String digits = budgetAmount.strip().replaceFirst("^£\\s*", "").replace(",", "");
		if (!digits.matches("\\d+(\\.\\d{1,2})?")) {
			return null;
		}
		BigDecimal amount = new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY);
		return amount.compareTo(MOST) <= 0 ? amount : null;
	}

	/**
	 * Call only once the form has passed validation. Words that name a month ("December 2022") with no target date
	 * give the last day of that month as the target date.
	 */
	ExecutiveResponse toResponse() {
		String words = FormText.blankToNull(timescaleText);
		LocalDate target = Timescale.targetDate(words, targetDate.toDate().orElse(null));
		return new ExecutiveResponse(FormText.blankToNull(comment), FormText.blankToNull(proposedAction),
				FormText.blankToNull(responsiblePost), FormText.blankToNull(budgetText), parsedAmount(), words, target,
				reportBackOn.toDate().orElse(null), decision, FormText.blankToNull(decisionReasons));
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getProposedAction() {
		return proposedAction;
	}

	public void setProposedAction(String proposedAction) {
		this.proposedAction = proposedAction;
	}

	public String getResponsiblePost() {
		return responsiblePost;
	}

	public void setResponsiblePost(String responsiblePost) {
		this.responsiblePost = responsiblePost;
	}

	public String getBudgetText() {
		return budgetText;
	}

	public void setBudgetText(String budgetText) {
		this.budgetText = budgetText;
	}

	public String getBudgetAmount() {
		return budgetAmount;
	}

	public void setBudgetAmount(String budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public String getTimescaleText() {
		return timescaleText;
	}

	public void setTimescaleText(String timescaleText) {
		this.timescaleText = timescaleText;
	}

	public DateInput getTargetDate() {
		return targetDate;
	}

	public void setTargetDate(DateInput targetDate) {
		this.targetDate = targetDate;
	}

	public DateInput getReportBackOn() {
		return reportBackOn;
	}

	public void setReportBackOn(DateInput reportBackOn) {
		this.reportBackOn = reportBackOn;
	}

	public ResponseDecision getDecision() {
		return decision;
	}

	public void setDecision(ResponseDecision decision) {
		this.decision = decision;
	}

	public String getDecisionReasons() {
		return decisionReasons;
	}

	public void setDecisionReasons(String decisionReasons) {
		this.decisionReasons = decisionReasons;
	}
}

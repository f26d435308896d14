package uk.gov.middlesbrough.tracker.escalation.web;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.escalation.DigDecisions.DecisionInput;
import uk.gov.middlesbrough.tracker.escalation.DigDecisions.FollowUp;
import uk.gov.middlesbrough.tracker.web.DateInput;

/**
 * Recording what DIG decided about a raised item: the day (not before it was raised, not in the future), the
 * group's words, who is to act, an optional review date, and optionally a new SMART action in one of the locality's
 * plans (its words and due date).
 */
public class DecisionForm {

	private DateInput decidedOn = new DateInput();
	private String decision;
	private String actionBy;
	private DateInput reviewOn = new DateInput();
	private boolean createAction;
	private Long planId;
	private String actionText;
	private DateInput actionDue = new DateInput();

	void validate(Errors errors, LocalDate today, LocalDate raisedOn, Set<Long> planIds) {
		DateInput.validate(errors, "decidedOn", decidedOn, "date of the decision", true);
		if (!errors.hasFieldErrors("decidedOn")) {
			LocalDate day = decidedOn.toDate().orElseThrow();
			if (day.isAfter(today)) {
				errors.rejectValue("decidedOn", "escalation.decision.decidedOn.future");
			}
			else if (day.isBefore(raisedOn)) {
				errors.rejectValue("decidedOn", "escalation.decision.decidedOn.beforeRaised", new Object[] {raisedOn}, null);
			}
		}
		text(errors, "decision", decision, 4000);
		text(errors, "actionBy", actionBy, 200);
		DateInput.validatePlanned(errors, "reviewOn", reviewOn, "review date", false);
		if (!errors.hasFieldErrors("reviewOn") && !errors.hasFieldErrors("decidedOn") && reviewOn.toDate().isPresent()
				&& reviewOn.toDate().get().isBefore(decidedOn.toDate().orElseThrow())) {
			errors.rejectValue("reviewOn", "escalation.decision.reviewOn.beforeDecided");
		}
		if (createAction) {
			if (planId == null || !planIds.contains(planId)) {
				errors.rejectValue("planId", "escalation.decision.planId.required");
			}
			text(errors, "actionText", actionText, 1000);
			DateInput.validatePlanned(errors, "actionDue", actionDue, "due date", true);
			if (!errors.hasFieldErrors("actionDue") && !errors.hasFieldErrors("decidedOn")
					&& actionDue.toDate().orElseThrow().isBefore(decidedOn.toDate().orElseThrow())) {
				errors.rejectValue("actionDue", "escalation.decision.actionDue.beforeDecided");
			}
		}
	}

	private static void text(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "escalation.decision." + field + ".required");
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, "escalation.decision.tooLong", new Object[] {max}, null);
		}
	}

	DecisionInput input() {
		FollowUp followUp = createAction ? new FollowUp(planId, actionText.strip(), actionDue.toDate().orElseThrow()) : null;
		return new DecisionInput(decidedOn.toDate().orElseThrow(), decision.strip(), actionBy.strip(),
				reviewOn.toDate().orElse(null), followUp);
	}

	public DateInput getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(DateInput decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getActionBy() {
		return actionBy;
	}

	public void setActionBy(String actionBy) {
		this.actionBy = actionBy;
	}

	public DateInput getReviewOn() {
		return reviewOn;
	}

	public void setReviewOn(DateInput reviewOn) {
		this.reviewOn = reviewOn;
	}

	public boolean isCreateAction() {
		return createAction;
	}

	public void setCreateAction(boolean createAction) {
		this.createAction = createAction;
	}

	public Long getPlanId() {
		return planId;
	}

	public void setPlanId(Long planId) {
		this.planId = planId;
	}

	public String getActionText() {
		return actionText;
	}

	public void setActionText(String actionText) {
		this.actionText = actionText;
	}

	public DateInput getActionDue() {
		return actionDue;
	}

	public void setActionDue(DateInput actionDue) {
		this.actionDue = actionDue;
	}
}

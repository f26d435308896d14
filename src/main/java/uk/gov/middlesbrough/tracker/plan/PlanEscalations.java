package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationKind;
import uk.gov.middlesbrough.tracker.escalation.EscalationSource;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.web.UkText;

/** What the plans put on the DIG list: Red actions and plans overdue their monthly review. */
@Component
class PlanEscalations implements EscalationSource {

	/** An action that is Red: past its due date unfinished, or too far behind its expected completion. */
	static final EscalationKind RED_ACTION = new EscalationKind("RED_ACTION", 30, "govuk-tag--red");
	/** A plan not reviewed in the last calendar month. */
	static final EscalationKind OVERDUE_REVIEW = new EscalationKind("OVERDUE_REVIEW", 40, "govuk-tag--purple");

	private final PlanReads reads;
	private final UkText uk;

	PlanEscalations(PlanReads reads, MessageSource messages) {
		this.reads = reads;
		this.uk = new UkText(messages);
	}

	@Override
	public List<String> derivedFrom() {
		return List.of("action_plan", "plan_action", "action_history", "plan_review");
	}

	@Override
	public List<EscalationKind> kinds() {
		return List.of(RED_ACTION, OVERDUE_REVIEW);
	}

	@Override
	public List<Escalation> escalations(LocalityReading reading) {
		Map<Long, PlanSummary> byId = new LinkedHashMap<>();
		reads.localityPlans(reading).values().forEach(locality -> locality.plans().forEach(plan -> byId.put(plan.id(), plan)));
		List<Escalation> found = new ArrayList<>();
		for (ActionRow action : reads.redActions(reading)) {
			PlanSummary plan = byId.get(action.planId());
			if (plan != null) {
				found.add(new Escalation(RED_ACTION.key("action", action.id()), RED_ACTION, plan.localityId(),
						reading.name(plan.localityId()), action.specific(), () -> redAction(action, plan.title(), reading.asOf().day()),
						"/actions/" + action.id()));
			}
		}
		for (PlanSummary plan : byId.values()) {
			if (plan.reviewStatus() == ReviewStatus.OVERDUE) {
				found.add(new Escalation(OVERDUE_REVIEW.key("plan", plan.id()), OVERDUE_REVIEW, plan.localityId(),
						reading.name(plan.localityId()), plan.title(), () -> overdueReview(plan), "/plans/" + plan.id()));
			}
		}
		return found;
	}

	/** Red because the due date has passed unfinished, or because it is more than the red gap behind. */
	String redAction(ActionRow action, String planTitle, LocalDate on) {
		if (on.isAfter(action.dueDate())) {
			return uk.text("escalation.why.RED_ACTION.pastDue", String.valueOf(action.completion()), UkText.day(action.dueDate()),
					planTitle);
		}
		return uk.text("escalation.why.RED_ACTION.behind", String.valueOf(action.completion()),
				String.valueOf(Math.round(action.expected())), UkText.day(on), UkText.day(action.dueDate()), planTitle);
	}

	String overdueReview(PlanSummary plan) {
		if (plan.lastReviewed() == null) {
			return uk.text("escalation.why.OVERDUE_REVIEW.never");
		}
		return uk.text("escalation.why.OVERDUE_REVIEW", UkText.day(plan.lastReviewed()));
	}
}

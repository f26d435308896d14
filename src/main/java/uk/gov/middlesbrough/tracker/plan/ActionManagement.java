package uk.gov.middlesbrough.tracker.plan;

import java.time.Clock;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Adding and changing actions and recording their progress. Every change writes the action's new state
 * to its history in the same transaction, and is refused if the user may not work on the plan's actions
 * or if someone else saved the action since the user read it.
 */
@Component
class ActionManagement {

	private final ActionPlanRepository plans;
	private final PlanActionRepository actions;
	private final ActionHistoryRepository history;
	private final Clock clock;

	ActionManagement(ActionPlanRepository plans, PlanActionRepository actions, ActionHistoryRepository history, Clock clock) {
		this.plans = plans;
		this.actions = actions;
		this.history = history;
		this.clock = clock;
	}

	@Transactional
	long add(long planId, SmartDetails details, SignedInUser user) {
		ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
		checkMayWorkOn(plan, user);
		PlanAction action = actions.saveAndFlush(new PlanAction(planId, details));
		history.save(action.snapshot(HistoryKind.CREATED, clock.instant(), user.getUsername(), null, null));
		return action.getId();
	}

	@Transactional
	void revise(long actionId, long expectedVersion, SmartDetails details, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		action.revise(details);
		flush();
		history.save(action.snapshot(HistoryKind.EDITED, clock.instant(), user.getUsername(), null, null));
	}

	@Transactional
	void recordProgress(long actionId, long expectedVersion, int newCompletion, String commentary, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		int old = action.recordProgress(newCompletion);
		flush();
		history.save(action.snapshot(HistoryKind.PROGRESS, clock.instant(), user.getUsername(), old, commentary));
	}

	@Transactional
	void cancel(long actionId, long expectedVersion, String reason, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		action.cancel();
		flush();
		history.save(action.snapshot(HistoryKind.CANCELLED, clock.instant(), user.getUsername(), null, reason));
	}

	@Transactional
	void reinstate(long actionId, long expectedVersion, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		action.reinstate();
		flush();
		history.save(action.snapshot(HistoryKind.REINSTATED, clock.instant(), user.getUsername(), null, null));
	}

	private PlanAction editable(long actionId, long expectedVersion, SignedInUser user) {
		PlanAction action = actions.findById(actionId).orElseThrow(() -> new NotFound("action", actionId));
		ActionPlan plan = plans.findById(action.getActionPlanId()).orElseThrow();
		checkMayWorkOn(plan, user);
		ChangedMeanwhile.unlessStill(expectedVersion, action.getVersion());
		return action;
	}

	private void flush() {
		try {
			actions.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ChangedMeanwhile();
		}
	}

	private static void checkMayWorkOn(ActionPlan plan, SignedInUser user) {
		if (!PlanPermissions.mayWorkOnActions(user, plan.getLocalityId(), plan.getLeadUserId())) {
			throw new AccessDeniedException("Not allowed to work on the actions of plan " + plan.getId());
		}
	}
}

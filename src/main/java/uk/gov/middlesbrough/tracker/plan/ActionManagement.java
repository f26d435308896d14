package uk.gov.middlesbrough.tracker.plan;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Adding and changing actions and recording their progress. The action decides what its status allows and
 * makes the history entry; this saves both in one transaction, refused if the user may not work on the plan's
 * actions or if someone else saved the action since the user read it.
 */
@Component
public class ActionManagement {

	private final ActionPlanRepository plans;
	private final PlanActionRepository actions;
	private final ActionHistoryRepository history;
	private final AcceptedEdits edits;
	private final Clock clock;

	ActionManagement(ActionPlanRepository plans, PlanActionRepository actions, ActionHistoryRepository history, AcceptedEdits edits,
			Clock clock) {
		this.plans = plans;
		this.actions = actions;
		this.history = history;
		this.edits = edits;
		this.clock = clock;
	}

	@Transactional
	public long add(long planId, SmartDetails details, SignedInUser user) {
		ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
		checkMayWorkOn(plan, user);
		PlanAction action = actions.saveAndFlush(new PlanAction(planId, details));
		history.save(action.added(user.getUsername(), clock.instant()));
		return action.getId();
	}

	@Transactional
	public void revise(long actionId, long expectedVersion, SmartDetails details, String reason, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		save(action, action.revise(details, reason, user.getUsername(), clock.instant()));
	}

	@Transactional
	public void recordProgress(long actionId, long expectedVersion, int newCompletion, String commentary, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		save(action, action.recordProgress(newCompletion, commentary, user.getUsername(), clock.instant()));
	}

	/**
	 * Records progress on several of one plan's actions in one transaction, each with its own history entry and
	 * event as {@link #recordProgress} makes them. Nothing is saved if any of them was saved by someone else since
	 * the form was read ({@link ActionsChangedMeanwhile} names every such action), is cancelled or is not the plan's.
	 */
	@Transactional
	public void recordProgress(long planId, List<ProgressChange> changes, SignedInUser user) {
		ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
		checkMayWorkOn(plan, user);
		Map<Long, PlanAction> found = new HashMap<>();
		actions.findAllById(changes.stream().map(ProgressChange::actionId).toList())
				.forEach(action -> found.put(action.getId(), action));
		Set<Long> changedMeanwhile = new TreeSet<>();
		for (ProgressChange change : changes) {
			PlanAction action = found.get(change.actionId());
			if (action == null || action.getActionPlanId() != planId) {
				throw new NotFound("action " + change.actionId() + " of plan", planId);
			}
			if (action.getVersion() != change.expectedVersion()) {
				changedMeanwhile.add(change.actionId());
			}
		}
		if (!changedMeanwhile.isEmpty()) {
			throw new ActionsChangedMeanwhile(changedMeanwhile);
		}
		for (ProgressChange change : changes) {
			PlanAction action = found.get(change.actionId());
			try {
				save(action, action.recordProgress(change.completion(), change.commentary(), user.getUsername(), clock.instant()));
			}
			catch (ChangedMeanwhile ex) {
				throw new ActionsChangedMeanwhile(Set.of(change.actionId()));
			}
		}
	}

	/**
	 * Saves one row of a plans workbook in the import's transaction, as the forms would: a new action (then its first
	 * progress update, if any), or an existing one's SMART fields (with the reason) and then its progress update, each
	 * with its history entry and event. Refused if someone else saved the action since the row was checked at
	 * {@code row.current().version()}.
	 */
	@Transactional
	void saveImported(WorkbookRow row, SignedInUser user) {
		PlanAction action;
		if (row.current() == null) {
			action = actions.findById(add(row.plan().id(), row.details(), user)).orElseThrow();
		}
		else {
			action = editable(row.current().id(), row.current().version(), user);
			if (row.details() != null) {
				save(action, action.revise(row.details(), row.reason(), user.getUsername(), clock.instant()));
			}
		}
		if (row.completion() != null) {
			save(action, action.recordProgress(row.completion(), row.commentary(), user.getUsername(), clock.instant()));
		}
	}

	@Transactional
	public void cancel(long actionId, long expectedVersion, String reason, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		save(action, action.cancel(reason, user.getUsername(), clock.instant()));
	}

	@Transactional
	public void reinstate(long actionId, long expectedVersion, String reason, SignedInUser user) {
		PlanAction action = editable(actionId, expectedVersion, user);
		save(action, action.reinstate(reason, user.getUsername(), clock.instant()));
	}

	private PlanAction editable(long actionId, long expectedVersion, SignedInUser user) {
		PlanAction action = actions.findById(actionId).orElseThrow(() -> new NotFound("action", actionId));
		ActionPlan plan = plans.findById(action.getActionPlanId()).orElseThrow();
		checkMayWorkOn(plan, user);
		ChangedMeanwhile.unlessStill(expectedVersion, action.getVersion());
		return action;
	}

	/**
	 * Saves the changed action (which publishes the event it registered) at a new version even if no field changed,
	 * refused if someone else saved it meanwhile, then the history entry the change left.
	 */
	private void save(PlanAction action, ActionHistoryEntry entry) {
		edits.save(actions, action);
		history.save(entry);
	}

	private static void checkMayWorkOn(ActionPlan plan, SignedInUser user) {
		if (!PlanPermissions.mayWorkOnActions(user, plan.getLocalityId(), plan.getLeadUserId())) {
			throw new AccessDeniedException("Not allowed to work on the actions of plan " + plan.getId());
		}
	}
}

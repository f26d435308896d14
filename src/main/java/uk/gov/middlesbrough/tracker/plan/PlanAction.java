package uk.gov.middlesbrough.tracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A SMART action in a plan. Its current state lives here and changes only through the methods below, which
 * refuse what the status does not allow, return the {@link ActionHistoryEntry} holding the state after the change
 * (so no past state is lost) and register the change's event ({@link ProgressRecorded}, {@link ActionCancelled},
 * {@link ActionReinstated}), published when the action is next saved through its repository.
 */
@Entity
class PlanAction extends AbstractAggregateRoot<PlanAction> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long actionPlanId;

	private String specific;

	private String measure;

	private String targetValue;

	private Long indicatorId;

	private String ownerPost;

	private String partner;

	private String resources;

	private String relevantObjective;

	private LocalDate startDate;

	private LocalDate dueDate;

	private BigDecimal weight = BigDecimal.ONE;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.ACTIVE;

	private int completion;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PlanAction() {
	}

	PlanAction(long actionPlanId, SmartDetails details) {
		this.actionPlanId = actionPlanId;
		apply(details);
	}

	/** The first history entry, once the new action has its id. */
	ActionHistoryEntry added(String who, Instant when) {
		return entry(HistoryKind.CREATED, when, who, null, null);
	}

	/** Changes the SMART fields; {@code reason} says why (required by the page when the due date moves), or null. */
	ActionHistoryEntry revise(SmartDetails details, String reason, String who, Instant when) {
		apply(details);
		return entry(HistoryKind.EDITED, when, who, null, reason);
	}

	/** Sets the completion, a percentage. A cancelled action takes no progress. */
	ActionHistoryEntry recordProgress(int newCompletion, String commentary, String who, Instant when) {
		if (newCompletion < 0 || newCompletion > 100) {
			throw new IllegalArgumentException("Completion must be between 0 and 100");
		}
		if (status == ActionStatus.CANCELLED) {
			throw new ActionTransitionRefused("A cancelled action takes no progress updates", "action.progress.cancelled");
		}
		int old = completion;
		completion = newCompletion;
		registerEvent(new ProgressRecorded(id, actionPlanId, old, completion, who, when));
		return entry(HistoryKind.PROGRESS, when, who, old, commentary);
	}

	/** Leaves the action out of the roll-up from now on; an action already cancelled cannot be cancelled again. */
	ActionHistoryEntry cancel(String reason, String who, Instant when) {
		if (status == ActionStatus.CANCELLED) {
			throw new ActionTransitionRefused("The action is already cancelled", "action.cancel.alreadyCancelled");
		}
		status = ActionStatus.CANCELLED;
		registerEvent(new ActionCancelled(id, actionPlanId, reason, who, when));
		return entry(HistoryKind.CANCELLED, when, who, null, reason);
	}

	/** Brings a cancelled action back into the roll-up; an active action has nothing to reinstate. */
	ActionHistoryEntry reinstate(String reason, String who, Instant when) {
		if (status != ActionStatus.CANCELLED) {
			throw new ActionTransitionRefused("Only a cancelled action can be reinstated", "action.reinstate.notCancelled");
		}
		status = ActionStatus.ACTIVE;
		registerEvent(new ActionReinstated(id, actionPlanId, who, when));
		return entry(HistoryKind.REINSTATED, when, who, null, reason);
	}

	private void apply(SmartDetails details) {
		if (details.dueDate().isBefore(details.startDate())) {
			throw new IllegalArgumentException("The due date cannot be before the start date");
		}
		this.specific = details.specific();
		this.measure = details.measure();
		this.targetValue = details.targetValue();
		this.indicatorId = details.indicatorId();
		this.ownerPost = details.ownerPost();
		this.partner = details.partner();
		this.resources = details.resources();
		this.relevantObjective = details.relevantObjective();
		this.startDate = details.startDate();
		this.dueDate = details.dueDate();
		this.weight = details.weight();
	}

	private ActionHistoryEntry entry(HistoryKind kind, Instant when, String who, Integer oldCompletion, String commentary) {
		return new ActionHistoryEntry(id, kind, when, who, oldCompletion, completion, weight, status, startDate, dueDate,
				commentary);
	}

	Long getId() {
		return id;
	}

	long getActionPlanId() {
		return actionPlanId;
	}

	String getSpecific() {
		return specific;
	}

	String getMeasure() {
		return measure;
	}

	String getTargetValue() {
		return targetValue;
	}

	Long getIndicatorId() {
		return indicatorId;
	}

	String getOwnerPost() {
		return ownerPost;
	}

	String getPartner() {
		return partner;
	}

	String getResources() {
		return resources;
	}

	String getRelevantObjective() {
		return relevantObjective;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	LocalDate getDueDate() {
		return dueDate;
	}

	BigDecimal getWeight() {
		return weight;
	}

	ActionStatus getStatus() {
		return status;
	}

	int getCompletion() {
		return completion;
	}

	long getVersion() {
		return version;
	}
}

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

/**
 * A SMART action in a plan. Its current state lives here; every change also leaves an
 * {@link ActionHistoryEntry} (see {@link #snapshot}), so no past state is lost.
 */
@Entity
class PlanAction {

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
		revise(details);
	}

	void revise(SmartDetails details) {
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

	/** Sets the completion and returns what it was. A cancelled action takes no progress. */
	int recordProgress(int newCompletion) {
		if (newCompletion < 0 || newCompletion > 100) {
			throw new IllegalArgumentException("Completion must be between 0 and 100");
		}
		if (status == ActionStatus.CANCELLED) {
			throw new IllegalStateException("A cancelled action takes no progress updates");
		}
		int old = completion;
		completion = newCompletion;
		return old;
	}

	/** Leaves the action out of the roll-up from now on; an action already cancelled cannot be cancelled again. */
	void cancel() {
		if (status == ActionStatus.CANCELLED) {
			throw new IllegalStateException("The action is already cancelled");
		}
		status = ActionStatus.CANCELLED;
	}

	/** Brings a cancelled action back into the roll-up; an active action has nothing to reinstate. */
	void reinstate() {
		if (status != ActionStatus.CANCELLED) {
			throw new IllegalStateException("Only a cancelled action can be reinstated");
		}
		status = ActionStatus.ACTIVE;
	}

	ActionHistoryEntry snapshot(HistoryKind kind, Instant when, String who, Integer oldCompletion, String commentary) {
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

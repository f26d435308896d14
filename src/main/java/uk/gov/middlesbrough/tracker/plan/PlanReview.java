package uk.gov.middlesbrough.tracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A plan's monthly review: when it took place, what was noted and who recorded it. */
@Entity
class PlanReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long actionPlanId;

	private LocalDate reviewedOn;

	private String notes;

	private String recordedBy;

	private Instant recordedAt;

	protected PlanReview() {
	}

	PlanReview(long actionPlanId, LocalDate reviewedOn, String notes, String recordedBy, Instant recordedAt) {
		this.actionPlanId = actionPlanId;
		this.reviewedOn = reviewedOn;
		this.notes = notes;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}
}

package uk.gov.middlesbrough.tracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One of a locality's nine plans. Its actions and reviews refer to it by id; a review is recorded through the
 * plan ({@link #recordReview}), which registers {@link ReviewRecorded}.
 */
@Entity
class ActionPlan extends AbstractAggregateRoot<ActionPlan> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long localityId;

	@Column(name = "plan_theme_id", updatable = false)
	private long themeId;

	private String title;

	private int position;

	private String objectives;

	private String leadPost;

	private String leadOrganisation;

	private Long leadUserId;

	private String reviewCadence = "MONTHLY";

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ActionPlan() {
	}

	ActionPlan(long localityId, long themeId, String title, int position, String objectives, String leadOrganisation) {
		this.localityId = localityId;
		this.themeId = themeId;
		this.title = title;
		this.position = position;
		this.objectives = objectives;
		this.leadOrganisation = leadOrganisation;
	}

	void describe(String objectives, String leadPost, String leadOrganisation, Long leadUserId) {
		this.objectives = objectives;
		this.leadPost = leadPost;
		this.leadOrganisation = leadOrganisation;
		this.leadUserId = leadUserId;
	}

	/** The review's record; the event is published when the plan is next saved through its repository. */
	PlanReview recordReview(LocalDate reviewedOn, String notes, String who, Instant when) {
		registerEvent(new ReviewRecorded(id, localityId, reviewedOn, who, when));
		return new PlanReview(id, reviewedOn, notes, who, when);
	}

	Long getId() {
		return id;
	}

	long getLocalityId() {
		return localityId;
	}

	String getTitle() {
		return title;
	}

	String getObjectives() {
		return objectives;
	}

	String getLeadPost() {
		return leadPost;
	}

	String getLeadOrganisation() {
		return leadOrganisation;
	}

	Long getLeadUserId() {
		return leadUserId;
	}

	long getVersion() {
		return version;
	}
}

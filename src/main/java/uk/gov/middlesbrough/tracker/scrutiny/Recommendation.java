package uk.gov.middlesbrough.tracker.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A panel's recommendation and the executive's response to it, as it stands now. The panel's words never change.
 * Every change leaves a {@link RecommendationHistoryEntry} holding the state after it (see {@link #snapshot}).
 */
@Entity
@Table(name = "scrutiny_recommendation")
class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long scrutinyReviewId;

	@Column(updatable = false)
	private String reference;

	@Column(updatable = false)
	private int sortKey;

	@Column(updatable = false)
	private String text;

	private String responseComment;

	private String proposedAction;

	private String responsiblePost;

	private String budgetText;

	private BigDecimal budgetAmount;

	private String timescaleText;

	private LocalDate targetDate;

	private LocalDate reportBackOn;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus status = RecommendationStatus.NOT_STARTED;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Recommendation() {
	}

	Recommendation(long scrutinyReviewId, RecommendationReference reference, String text) {
		this.scrutinyReviewId = scrutinyReviewId;
		this.reference = reference.toString();
		this.sortKey = reference.sortKey();
		this.text = Objects.requireNonNull(text);
	}

	/** Records the response and status; returns whether anything changed. */
	boolean respond(ExecutiveResponse response, RecommendationStatus newStatus) {
		if (response.equals(response()) && newStatus == status) {
			return false;
		}
		this.responseComment = response.comment();
		this.proposedAction = response.proposedAction();
		this.responsiblePost = response.responsiblePost();
		this.budgetText = response.budgetText();
		this.budgetAmount = response.budgetAmount();
		this.timescaleText = response.timescaleText();
		this.targetDate = response.targetDate();
		this.reportBackOn = response.reportBackOn();
		this.status = Objects.requireNonNull(newStatus);
		return true;
	}

	/** A progress update may move the status on (or back); returns the status before it. */
	RecommendationStatus recordProgress(RecommendationStatus newStatus) {
		RecommendationStatus old = status;
		status = Objects.requireNonNull(newStatus);
		return old;
	}

	ExecutiveResponse response() {
		return new ExecutiveResponse(responseComment, proposedAction, responsiblePost, budgetText, budgetAmount,
				timescaleText, targetDate, reportBackOn);
	}

	RecommendationHistoryEntry snapshot(HistoryKind kind, Instant when, String who, LocalDate updateOn, String note,
			RecommendationStatus oldStatus) {
		return new RecommendationHistoryEntry(id, kind, when, who, updateOn, note, oldStatus, status, response());
	}

	Long getId() {
		return id;
	}

	RecommendationStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}
}

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
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A panel's recommendation and the executive's response to it, as it stands now. The panel's words never change.
 * Every change returns the {@link RecommendationHistoryEntry} holding the state after it and registers
 * {@link RecommendationUpdated}, published when the recommendation is next saved through its repository. The
 * tracker lets a status follow any other (a recommendation may move on or back), so only a missing one is refused.
 */
@Entity
@Table(name = "scrutiny_recommendation")
class Recommendation extends AbstractAggregateRoot<Recommendation> {

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

	/** The first history entry, once the new recommendation has its id. */
	RecommendationHistoryEntry added(String who, Instant when) {
		return entry(HistoryKind.ADDED, when, who, null, null, null);
	}

	/** Records the response and status; a response that changes nothing leaves no history and no event. */
	Optional<RecommendationHistoryEntry> respond(ExecutiveResponse response, RecommendationStatus newStatus, String who,
			Instant when) {
		Objects.requireNonNull(newStatus);
		if (response.equals(response()) && newStatus == status) {
			return Optional.empty();
		}
		RecommendationStatus old = status;
		this.responseComment = response.comment();
		this.proposedAction = response.proposedAction();
		this.responsiblePost = response.responsiblePost();
		this.budgetText = response.budgetText();
		this.budgetAmount = response.budgetAmount();
		this.timescaleText = response.timescaleText();
		this.targetDate = response.targetDate();
		this.reportBackOn = response.reportBackOn();
		this.status = newStatus;
		return Optional.of(changed(HistoryKind.RESPONSE, when, who, null, null, old));
	}

	/** A dated progress update; it may move the status on (or back), or leave it. */
	RecommendationHistoryEntry recordProgress(LocalDate updateOn, String note, RecommendationStatus newStatus, String who,
			Instant when) {
		RecommendationStatus old = status;
		status = Objects.requireNonNull(newStatus);
		return changed(HistoryKind.PROGRESS, when, who, Objects.requireNonNull(updateOn), note, old);
	}

	private RecommendationHistoryEntry changed(HistoryKind kind, Instant when, String who, LocalDate updateOn, String note,
			RecommendationStatus oldStatus) {
		registerEvent(new RecommendationUpdated(id, scrutinyReviewId, reference, kind, oldStatus, status, who, when));
		return entry(kind, when, who, updateOn, note, oldStatus);
	}

	ExecutiveResponse response() {
		return new ExecutiveResponse(responseComment, proposedAction, responsiblePost, budgetText, budgetAmount,
				timescaleText, targetDate, reportBackOn);
	}

	private RecommendationHistoryEntry entry(HistoryKind kind, Instant when, String who, LocalDate updateOn, String note,
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

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
 * tracker lets a status follow any other (a recommendation may move on or back), with two guards: a decision and the
 * status must fit ({@link ResponseDecision#fits}), and moving into a closed status needs the panel's agreement, kept
 * while it stays closed and dropped when it opens again.
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

	@Enumerated(EnumType.STRING)
	private ResponseDecision decision;

	private String decisionReasons;

	private String closureMeeting;

	private LocalDate closureAgreedOn;

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

	/**
	 * Records the response and status, with the panel's agreement when this closes the recommendation (ignored
	 * otherwise); a response that changes nothing leaves no history and no event.
	 */
	Optional<RecommendationHistoryEntry> respond(ExecutiveResponse response, RecommendationStatus newStatus,
			PanelAgreement agreement, String who, Instant when) {
		Objects.requireNonNull(newStatus);
		if (response.equals(response()) && newStatus == status) {
			return Optional.empty();
		}
		checkFits(response.decision(), newStatus);
		RecommendationStatus old = status;
		PanelAgreement closure = closure(newStatus, agreement);
		this.responseComment = response.comment();
		this.proposedAction = response.proposedAction();
		this.responsiblePost = response.responsiblePost();
		this.budgetText = response.budgetText();
		this.budgetAmount = response.budgetAmount();
		this.timescaleText = response.timescaleText();
		this.targetDate = response.targetDate();
		this.reportBackOn = response.reportBackOn();
		this.decision = response.decision();
		this.decisionReasons = response.decisionReasons();
		moveTo(newStatus, closure);
		return Optional.of(changed(HistoryKind.RESPONSE, when, who, null, null, old));
	}

	/** A dated progress update; it may move the status on (or back), or leave it. Closing needs the panel's agreement. */
	RecommendationHistoryEntry recordProgress(LocalDate updateOn, String note, RecommendationStatus newStatus,
			PanelAgreement agreement, String who, Instant when) {
		Objects.requireNonNull(newStatus);
		checkFits(decision, newStatus);
		RecommendationStatus old = status;
		moveTo(newStatus, closure(newStatus, agreement));
		return changed(HistoryKind.PROGRESS, when, who, Objects.requireNonNull(updateOn), note, old);
	}

	/** The agreement the recommendation holds at {@code newStatus}: a new one to close, the one it had to stay closed. */
	private PanelAgreement closure(RecommendationStatus newStatus, PanelAgreement agreement) {
		if (newStatus.closesFrom(status)) {
			if (agreement == null) {
				throw new PanelAgreementNeeded(reference, newStatus);
			}
			return agreement;
		}
		return newStatus.closed() ? closure() : null;
	}

	private void moveTo(RecommendationStatus newStatus, PanelAgreement closure) {
		this.status = newStatus;
		this.closureMeeting = closure == null ? null : closure.meeting();
		this.closureAgreedOn = closure == null ? null : closure.agreedOn();
	}

	private static void checkFits(ResponseDecision decision, RecommendationStatus status) {
		if (decision != null && !decision.fits(status)) {
			throw new IllegalArgumentException("A " + decision + " recommendation cannot be " + status);
		}
	}

	private RecommendationHistoryEntry changed(HistoryKind kind, Instant when, String who, LocalDate updateOn, String note,
			RecommendationStatus oldStatus) {
		registerEvent(new RecommendationUpdated(id, scrutinyReviewId, reference, kind, oldStatus, status, who, when));
		return entry(kind, when, who, updateOn, note, oldStatus);
	}

	ExecutiveResponse response() {
		return new ExecutiveResponse(responseComment, proposedAction, responsiblePost, budgetText, budgetAmount,
				timescaleText, targetDate, reportBackOn, decision, decisionReasons);
	}

	/** The panel's agreement to close it, while it is closed with one (null otherwise). */
	PanelAgreement closure() {
		return PanelAgreement.ofNullable(closureMeeting, closureAgreedOn);
	}

	private RecommendationHistoryEntry entry(HistoryKind kind, Instant when, String who, LocalDate updateOn, String note,
			RecommendationStatus oldStatus) {
		return new RecommendationHistoryEntry(id, kind, when, who, updateOn, note, oldStatus, status, response(), closure());
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

package uk.gov.middlesbrough.tracker.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A recommendation's whole state after one change, with who made it and when; for a progress update also its date
 * and note, and the panel's agreement while it is closed with one. Never updated: the tracker on any past date is each recommendation's latest entry recorded by then.
 */
@Entity
@Immutable
@Table(name = "scrutiny_recommendation_history")
class RecommendationHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "scrutiny_recommendation_id")
	private long recommendationId;

	@Enumerated(EnumType.STRING)
	private HistoryKind kind;

	private Instant recordedAt;

	private String recordedBy;

	private LocalDate updateOn;

	private String note;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus oldStatus;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus status;

	private String responseComment;

	private String proposedAction;

	private String responsiblePost;

	private String budgetText;

	private BigDecimal budgetAmount;

	private String timescaleText;

	private LocalDate targetDate;

	private LocalDate reportBackOn;

	@Enumerated(EnumType.STRING)
	private ResponseDecision decision;

	private String decisionReasons;

	private String closureMeeting;

	private LocalDate closureAgreedOn;

	protected RecommendationHistoryEntry() {
	}

	RecommendationHistoryEntry(long recommendationId, HistoryKind kind, Instant recordedAt, String recordedBy,
			LocalDate updateOn, String note, RecommendationStatus oldStatus, RecommendationStatus status,
			ExecutiveResponse response, PanelAgreement closure) {
		this.recommendationId = recommendationId;
		this.kind = kind;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.updateOn = updateOn;
		this.note = note;
		this.oldStatus = oldStatus;
		this.status = status;
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
		this.closureMeeting = closure == null ? null : closure.meeting();
		this.closureAgreedOn = closure == null ? null : closure.agreedOn();
	}
}

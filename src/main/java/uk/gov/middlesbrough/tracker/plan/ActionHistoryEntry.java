package uk.gov.middlesbrough.tracker.plan;

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
 * The state of an action after one change, with who made it, when and why. Never updated: the state on
 * any past date is the latest entry recorded by then.
 */
@Entity
@Immutable
@Table(name = "action_history")
class ActionHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planActionId;

	@Enumerated(EnumType.STRING)
	private HistoryKind kind;

	private Instant recordedAt;

	private String recordedBy;

	private Integer oldCompletion;

	private int completion;

	private BigDecimal weight;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private LocalDate startDate;

	private LocalDate dueDate;

	private String commentary;

	protected ActionHistoryEntry() {
	}

	ActionHistoryEntry(long planActionId, HistoryKind kind, Instant recordedAt, String recordedBy, Integer oldCompletion,
			int completion, BigDecimal weight, ActionStatus status, LocalDate startDate, LocalDate dueDate, String commentary) {
		this.planActionId = planActionId;
		this.kind = kind;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.oldCompletion = oldCompletion;
		this.completion = completion;
		this.weight = weight;
		this.status = status;
		this.startDate = startDate;
		this.dueDate = dueDate;
		this.commentary = commentary;
	}
}

package uk.gov.middlesbrough.tracker.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One "raised at DIG" mark on an item of the list, with what the item said when it was marked. Marks are
 * history: never changed or removed, a later mark is another row (so there is no version to lock on).
 */
@Entity
@Immutable
class EscalationMark {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String escalationKey;

	private long localityId;

	private String kind;

	private String subject;

	private String reason;

	private String sourcePath;

	private LocalDate raisedOn;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	protected EscalationMark() {
	}

	EscalationMark(Escalation item, LocalDate raisedOn, String note, String recordedBy, Instant recordedAt) {
		this.escalationKey = item.key();
		this.localityId = item.localityId();
		this.kind = item.kind().name();
		this.subject = item.subject();
		this.reason = item.reason();
		this.sourcePath = item.link();
		this.raisedOn = raisedOn;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}
}

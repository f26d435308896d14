package uk.gov.middlesbrough.tracker.pack;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A pack for a meeting, as of a date: a draft until issued, and then never changed. Its files are produced in the
 * background ({@link PackWriter} moves {@code production} on from QUEUED); only a ready pack can be issued. Issuing
 * registers {@link PackIssued}, published when the pack is next saved through its repository.
 */
@Entity
class Pack extends AbstractAggregateRoot<Pack> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long panelMeetingId;

	private LocalDate asOf;

	private boolean withChanges;

	@Enumerated(EnumType.STRING)
	private PackStatus status = PackStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	private PackProductionState production = PackProductionState.QUEUED;

	private Instant generatedAt;

	private String generatedBy;

	private Instant issuedAt;

	private String issuedBy;

	@Version
	private long version;

	protected Pack() {
	}

	Pack(long panelMeetingId, LocalDate asOf, boolean withChanges, Instant generatedAt, String generatedBy) {
		this.panelMeetingId = panelMeetingId;
		this.asOf = asOf;
		this.withChanges = withChanges;
		this.generatedAt = generatedAt;
		this.generatedBy = generatedBy;
	}

	/** Queued to be produced again; refused while it is still being produced. */
	void regenerated(Instant at, String by) {
		requireDraft();
		if (production.inProgress()) {
			throw new PackNotReady(id);
		}
		this.production = PackProductionState.QUEUED;
		this.generatedAt = at;
		this.generatedBy = by;
	}

	/** Refuses to issue a pack already issued, or one not (yet) produced. */
	void checkIssuable() {
		requireDraft();
		if (production != PackProductionState.READY) {
			throw new PackNotReady(id);
		}
	}

	void issue(Instant at, String by) {
		checkIssuable();
		this.status = PackStatus.ISSUED;
		this.issuedAt = at;
		this.issuedBy = by;
		registerEvent(new PackIssued(id, panelMeetingId, asOf, by, at));
	}

	private void requireDraft() {
		if (status != PackStatus.DRAFT) {
			throw new PackAlreadyIssued(id);
		}
	}

	Long getId() {
		return id;
	}

	long getPanelMeetingId() {
		return panelMeetingId;
	}

	LocalDate getAsOf() {
		return asOf;
	}

	/** Whether the pack carries the chapter "Changes since the last pack". */
	boolean isWithChanges() {
		return withChanges;
	}

	PackStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}
}

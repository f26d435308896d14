package uk.gov.middlesbrough.tracker.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One post's caseload in a locality on a date. Its current figures live here; every recording and
 * correction also leaves a {@link CaseloadHistoryEntry} (see {@link #recorded} and {@link #correct}), so the
 * figures as known on any past date can be shown again, and is announced as {@link CaseloadRecorded} (published
 * when the snapshot is next saved through its repository).
 */
@Entity
class CaseloadSnapshot extends AbstractAggregateRoot<CaseloadSnapshot> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long localityId;

	@Column(updatable = false)
	private LocalDate snapshotDate;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private CaseloadRole role;

	/** The post label ("Senior Practitioner 1"); named label so the audit trail shows it as the record's label. */
	@Column(name = "post_label", updatable = false)
	private String label;

	private int children;

	private int families;

	private int childrenUnderSixMonths;

	private String source;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected CaseloadSnapshot() {
	}

	CaseloadSnapshot(long localityId, LocalDate snapshotDate, CaseloadRole role, String label, CaseloadFigures figures,
			String source) {
		if (PostLabel.problem(label).isPresent()) {
			throw new IllegalArgumentException("Not a post label: " + label);
		}
		this.localityId = localityId;
		this.snapshotDate = Objects.requireNonNull(snapshotDate);
		this.role = Objects.requireNonNull(role);
		this.label = label.strip();
		apply(figures, source);
	}

	/** The history entry for the first recording of these figures, once the new snapshot has its id. */
	CaseloadHistoryEntry recorded(Instant when, String who, Long importBatchId) {
		registerEvent(new CaseloadRecorded(localityId, snapshotDate, role, label, null, figures(), who, when, importBatchId));
		return new CaseloadHistoryEntry(id, CaseloadHistoryKind.RECORDED, when, who, figures(), null, source, importBatchId);
	}

	/**
	 * Replaces the figures and the source, and returns the history entry that keeps the old figures beside the new
	 * ones; nothing (and no change) if neither {@link #differsFrom} the ones recorded.
	 */
	Optional<CaseloadHistoryEntry> correct(CaseloadFigures corrected, String newSource, Instant when, String who,
			Long importBatchId) {
		if (!differsFrom(corrected, newSource)) {
			return Optional.empty();
		}
		CaseloadFigures old = figures();
		apply(corrected, newSource);
		registerEvent(new CaseloadRecorded(localityId, snapshotDate, role, label, old, corrected, who, when, importBatchId));
		return Optional.of(
				new CaseloadHistoryEntry(id, CaseloadHistoryKind.CORRECTED, when, who, corrected, old, source, importBatchId));
	}

	/** Whether these figures and source differ from the ones recorded. */
	boolean differsFrom(CaseloadFigures other, String otherSource) {
		return !figures().equals(other) || !Objects.equals(otherSource, source);
	}

	private void apply(CaseloadFigures figures, String source) {
		this.children = figures.children();
		this.families = figures.families();
		this.childrenUnderSixMonths = figures.childrenUnderSixMonths();
		this.source = source;
	}

	CaseloadFigures figures() {
		return new CaseloadFigures(children, families, childrenUnderSixMonths);
	}

	Long getId() {
		return id;
	}

	long getLocalityId() {
		return localityId;
	}

	LocalDate getSnapshotDate() {
		return snapshotDate;
	}

	CaseloadRole getRole() {
		return role;
	}

	String getLabel() {
		return label;
	}

	String getSource() {
		return source;
	}

	long getVersion() {
		return version;
	}
}

package uk.gov.middlesbrough.tracker.caseload;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A snapshot's figures after one recording or correction, with who, when, the figures before a correction,
 * and the import it came from (if any). Never updated: the figures as known on a past date are the latest
 * entry recorded by then.
 */
@Entity
@Immutable
@Table(name = "caseload_history")
class CaseloadHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseloadSnapshotId;

	@Enumerated(EnumType.STRING)
	private CaseloadHistoryKind kind;

	private Instant recordedAt;

	private String recordedBy;

	private int children;

	private int families;

	private int childrenUnderSixMonths;

	private Integer oldChildren;

	private Integer oldFamilies;

	private Integer oldChildrenUnderSixMonths;

	private String source;

	private Long importBatchId;

	protected CaseloadHistoryEntry() {
	}

	CaseloadHistoryEntry(long caseloadSnapshotId, CaseloadHistoryKind kind, Instant recordedAt, String recordedBy,
			CaseloadFigures figures, CaseloadFigures old, String source, Long importBatchId) {
		this.caseloadSnapshotId = caseloadSnapshotId;
		this.kind = kind;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.children = figures.children();
		this.families = figures.families();
		this.childrenUnderSixMonths = figures.childrenUnderSixMonths();
		if (old != null) {
			this.oldChildren = old.children();
			this.oldFamilies = old.families();
			this.oldChildrenUnderSixMonths = old.childrenUnderSixMonths();
		}
		this.source = source;
		this.importBatchId = importBatchId;
	}
}

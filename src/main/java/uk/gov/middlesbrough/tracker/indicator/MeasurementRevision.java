package uk.gov.middlesbrough.tracker.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One value a measurement has had: who recorded it, when, and (for a correction) the value it replaced. Never changed. */
@Entity
@Immutable
class MeasurementRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long measurementId;

	@Enumerated(EnumType.STRING)
	private RevisionKind kind;

	private BigDecimal oldValue;

	private BigDecimal value;

	private String note;

	private String sourceReference;

	private String recordedBy;

	private Instant recordedAt;

	private Long importBatchId;

	protected MeasurementRevision() {
	}

	MeasurementRevision(long measurementId, RevisionKind kind, BigDecimal oldValue, BigDecimal value, String note,
			String sourceReference, String recordedBy, Instant recordedAt, Long importBatchId) {
		this.measurementId = measurementId;
		this.kind = kind;
		this.oldValue = oldValue;
		this.value = value;
		this.note = note;
		this.sourceReference = sourceReference;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.importBatchId = importBatchId;
	}

	Long getId() {
		return id;
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;

/**
 * The figure now recorded for an indicator in a locality for a period. It is never overwritten silently:
 * every value it takes is also written as a {@link MeasurementRevision}, the first as RECORDED and each later
 * one as a CORRECTED revision holding the old value, and announced as {@link MeasurementRecorded} (published
 * when the measurement is next saved through its repository).
 */
@Entity
class Measurement extends AbstractAggregateRoot<Measurement> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long indicatorId;

	@Column(updatable = false)
	private long localityId;

	@Column(updatable = false)
	private LocalDate period;

	private BigDecimal value;

	private String note;

	private String sourceReference;

	@Version
	private long version;

	protected Measurement() {
	}

	Measurement(FigureEntry entry) {
		this.indicatorId = entry.indicatorId();
		this.localityId = entry.localityId();
		this.period = entry.period();
		this.value = entry.value();
		this.note = entry.note();
		this.sourceReference = entry.sourceReference();
	}

	/**
	 * What recording {@code entry} would do. A blank note or source reference keeps the recorded one, so only
	 * a different value, or a different note or source actually given, is a correction.
	 */
	ChangeKind changeFor(FigureEntry entry) {
		return sameAs(value, note, sourceReference, entry) ? ChangeKind.UNCHANGED : ChangeKind.CORRECTED;
	}

	static boolean sameAs(BigDecimal value, String note, String sourceReference, FigureEntry entry) {
		return value.compareTo(entry.value()) == 0 && (entry.note() == null || Objects.equals(note, entry.note()))
				&& (entry.sourceReference() == null || Objects.equals(sourceReference, entry.sourceReference()));
	}

	/** The first revision, once the new measurement has its id. */
	MeasurementRevision recorded(String who, Instant when, Long importBatchId) {
		registerEvent(new MeasurementRecorded(indicatorId, localityId, period, null, value, who, when, importBatchId));
		return new MeasurementRevision(id, RevisionKind.RECORDED, null, value, note, sourceReference, who, when, importBatchId);
	}

	/**
	 * Takes the entry's value (and note and source, where given) and returns the revision that records the change;
	 * nothing, and no change, if the entry says what is recorded already ({@link #changeFor}).
	 */
	Optional<MeasurementRevision> correct(FigureEntry entry, String who, Instant when, Long importBatchId) {
		if (changeFor(entry) == ChangeKind.UNCHANGED) {
			return Optional.empty();
		}
		BigDecimal old = value;
		value = entry.value();
		note = entry.note() == null ? note : entry.note();
		sourceReference = entry.sourceReference() == null ? sourceReference : entry.sourceReference();
		registerEvent(new MeasurementRecorded(indicatorId, localityId, period, old, value, who, when, importBatchId));
		return Optional.of(
				new MeasurementRevision(id, RevisionKind.CORRECTED, old, value, note, sourceReference, who, when, importBatchId));
	}

	Long getId() {
		return id;
	}

	long getIndicatorId() {
		return indicatorId;
	}

	long getLocalityId() {
		return localityId;
	}

	LocalDate getPeriod() {
		return period;
	}

	BigDecimal getValue() {
		return value;
	}
}

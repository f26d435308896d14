package uk.gov.middlesbrough.tracker.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Records figures: a new (indicator, locality, period) becomes a measurement with its first revision; a different
 * value for an existing one is a correction whose revision keeps the old value; the same figure changes nothing.
 */
@Component
public class MeasurementRecorder {

	private final IndicatorRepository indicators;
	private final MeasurementRepository measurements;
	private final MeasurementRevisionRepository revisions;
	private final Clock clock;
	private final MeasurementBulkWrite bulk;
	private final ApplicationEventPublisher events;

	MeasurementRecorder(IndicatorRepository indicators, MeasurementRepository measurements,
			MeasurementRevisionRepository revisions, Clock clock, MeasurementBulkWrite bulk, ApplicationEventPublisher events) {
		this.indicators = indicators;
		this.measurements = measurements;
		this.revisions = revisions;
		this.clock = clock;
		this.bulk = bulk;
		this.events = events;
	}

	/** One figure typed on the indicator page. */
	@Transactional
	public ChangeKind record(FigureEntry entry, SignedInUser user) {
		if (!IndicatorPermissions.mayEnterFiguresFor(user, entry.localityId())) {
			throw new AccessDeniedException("Not allowed to enter figures for locality " + entry.localityId());
		}
		Indicator indicator = indicators.findById(entry.indicatorId()).orElseThrow(() -> new NotFound("indicator", entry.indicatorId()));
		if (indicator.getUnit().problem(entry.value()).isPresent()) {
			throw new IllegalArgumentException("Not a " + indicator.getUnit() + " value: " + entry.value());
		}
		Measurement existing = measurements
				.findByIndicatorIdAndLocalityIdAndPeriod(entry.indicatorId(), entry.localityId(), entry.period()).orElse(null);
		return apply(entry, existing, user.getUsername(), clock.instant(), null);
	}

	/**
	 * Every row of a confirmed import, checked already (units, localities, the user's permissions), inside the
	 * caller's transaction so that all are saved or none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	ImportCounts recordAll(List<FigureEntry> entries, String who, long importBatchId) {
		Map<FigureKey, MeasurementBulkWrite.Recorded> recorded = bulk.recorded(entries);
		List<FigureEntry> fresh = new ArrayList<>();
		List<MeasurementBulkWrite.Correction> corrections = new ArrayList<>();
		int unchanged = 0;
		for (FigureEntry entry : entries) {
			MeasurementBulkWrite.Recorded now = recorded.get(entry.key());
			if (now == null) {
				fresh.add(entry);
			}
			else if (Measurement.sameAs(now.value(), now.note(), now.sourceReference(), entry)) {
				unchanged++;
			}
			else {
				corrections.add(new MeasurementBulkWrite.Correction(now.id(), now.version(), now.value(), entry));
			}
		}
		Instant now = clock.instant();
		try {
			bulk.insert(fresh, who, now, importBatchId);
			if (bulk.correct(corrections, who, now, importBatchId) != corrections.size()) {
				throw new ChangedMeanwhile();
			}
		}
		catch (DataIntegrityViolationException ex) {
			// Someone recorded a figure for the same indicator, locality and period since the figures were read.
			throw new ChangedMeanwhile();
		}
		catch (DataAccessException ex) {
			// A period signed off since the file was checked: checking it again names the rows.
			if (FiguresSignedOff.in(ex).isPresent()) {
				throw new ChangedMeanwhile();
			}
			throw ex;
		}
		events.publishEvent(new MeasurementsImported(importBatchId, fresh.size(), corrections.size(), who, now));
		return new ImportCounts(fresh.size(), corrections.size(), unchanged);
	}

	/**
	 * A restatement the head of service approved, inside the caller's transaction, which has lifted the sign-off rule
	 * for itself: the requested value becomes the figure's latest revision, recorded as entered by whoever asked for it.
	 * Refused as changed meanwhile when the figure already says it. Returns the revision's id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long restate(FigureEntry entry, String requestedBy) {
		Instant when = clock.instant();
		Measurement existing = measurements
				.findByIndicatorIdAndLocalityIdAndPeriod(entry.indicatorId(), entry.localityId(), entry.period()).orElse(null);
		try {
			if (existing == null) {
				Measurement measurement = measurements.save(new Measurement(entry));
				MeasurementRevision first = revisions.saveAndFlush(measurement.recorded(requestedBy, when, null));
				measurements.save(measurement);
				return first.getId();
			}
			MeasurementRevision correction = existing.correct(entry, requestedBy, when, null).orElseThrow(ChangedMeanwhile::new);
			measurements.saveAndFlush(existing);
			return revisions.saveAndFlush(correction).getId();
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new ChangedMeanwhile();
		}
	}

	private ChangeKind apply(FigureEntry entry, Measurement existing, String who, Instant when, Long importBatchId) {
		try {
			if (existing == null) {
				Measurement measurement = measurements.save(new Measurement(entry));
				revisions.save(measurement.recorded(who, when, importBatchId));
				measurements.save(measurement); // publishes MeasurementRecorded
				return ChangeKind.NEW;
			}
			Optional<MeasurementRevision> correction = existing.correct(entry, who, when, importBatchId);
			if (correction.isEmpty()) {
				return ChangeKind.UNCHANGED;
			}
			measurements.saveAndFlush(existing); // refused if changed meanwhile; publishes MeasurementRecorded
			revisions.save(correction.get());
			return ChangeKind.CORRECTED;
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Someone recorded a figure for the same indicator, locality and period at the same moment.
			throw new ChangedMeanwhile();
		}
		catch (DataAccessException ex) {
			// The period is signed off: the database's rule refused the change.
			throw FiguresSignedOff.in(ex).<RuntimeException>map(refused -> refused).orElse(ex);
		}
	}
}

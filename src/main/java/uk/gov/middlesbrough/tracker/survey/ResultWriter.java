package uk.gov.middlesbrough.tracker.survey;

import java.time.Clock;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;

/**
 * Saves one survey figure, from a form or an import, always with its history row: a first value is
 * RECORDED, a different value CORRECTED (keeping the old one), the same value changes nothing.
 */
@Component
class ResultWriter {

	private final SurveyResultRepository results;
	private final SurveyResultHistoryRepository history;
	private final Clock clock;

	ResultWriter(SurveyResultRepository results, SurveyResultHistoryRepository history, Clock clock) {
		this.results = results;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * @param existing the result already recorded for this wave and question (loaded in this transaction), or null
	 * @param importBatchId the import bringing the figure, or null for a form
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	ChangeKind write(SurveyResult existing, long waveId, long questionId, PercentAgreeing percent, Integer respondents,
			String who, Long importBatchId) {
		if (existing == null) {
			SurveyResult result = results.saveAndFlush(new SurveyResult(waveId, questionId, percent, respondents));
			history.save(result.recorded(clock.instant(), who, importBatchId));
			results.save(result); // publishes SurveyResultRecorded
			return ChangeKind.NEW;
		}
		Optional<SurveyResultHistory> correction = existing.correct(percent, respondents, clock.instant(), who, importBatchId);
		if (correction.isEmpty()) {
			return ChangeKind.UNCHANGED;
		}
		try {
			results.saveAndFlush(existing); // publishes SurveyResultRecorded
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ChangedMeanwhile();
		}
		history.save(correction.get());
		return ChangeKind.CORRECTED;
	}
}

package uk.gov.middlesbrough.tracker.activity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRecorded;
import uk.gov.middlesbrough.tracker.indicator.MeasurementRecorded;
import uk.gov.middlesbrough.tracker.indicator.MeasurementsImported;
import uk.gov.middlesbrough.tracker.locality.LocalityAdded;
import uk.gov.middlesbrough.tracker.pack.PackIssued;
import uk.gov.middlesbrough.tracker.plan.ActionCancelled;
import uk.gov.middlesbrough.tracker.plan.ActionReinstated;
import uk.gov.middlesbrough.tracker.plan.ProgressRecorded;
import uk.gov.middlesbrough.tracker.plan.ReviewRecorded;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationUpdated;
import uk.gov.middlesbrough.tracker.survey.SurveyResultRecorded;

/**
 * Tells the operations log what happened, once it has been committed: who did what, to which record, when. The audit
 * trail keeps every field of every change for the audit page; this is the readable line an operator follows or
 * searches (logger {@code uk.gov.middlesbrough.tracker.activity.ActivityLog}). Each method runs after the change's
 * commit, in the background; until it has run, its event stays in {@code event_publication}.
 */
@Component
class ActivityLog {

	private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);

	@ApplicationModuleListener
	void on(LocalityAdded event) {
		LOG.info("Locality {} added: {}", event.localityId(), event.name());
	}

	@ApplicationModuleListener
	void on(ProgressRecorded event) {
		LOG.info("Progress recorded on action {} of plan {}: {}% to {}%, by {} at {}", event.actionId(), event.planId(),
				event.oldCompletion(), event.completion(), event.recordedBy(), event.recordedAt());
	}

	@ApplicationModuleListener
	void on(ActionCancelled event) {
		LOG.info("Action {} of plan {} cancelled, by {} at {}", event.actionId(), event.planId(), event.cancelledBy(),
				event.cancelledAt());
	}

	@ApplicationModuleListener
	void on(ActionReinstated event) {
		LOG.info("Action {} of plan {} reinstated, by {} at {}", event.actionId(), event.planId(), event.reinstatedBy(),
				event.reinstatedAt());
	}

	@ApplicationModuleListener
	void on(ReviewRecorded event) {
		LOG.info("Review of plan {} (locality {}) held on {} recorded, by {} at {}", event.planId(), event.localityId(),
				event.reviewedOn(), event.recordedBy(), event.recordedAt());
	}

	@ApplicationModuleListener
	void on(MeasurementRecorded event) {
		LOG.info("Measurement {} for indicator {}, locality {}, period {}: {} to {}, by {} at {}{}",
				recordedOrCorrected(event.corrected()), event.indicatorId(), event.localityId(), event.period(),
				event.oldValue(), event.value(), event.recordedBy(), event.recordedAt(), fromImport(event.importBatchId()));
	}

	@ApplicationModuleListener
	void on(MeasurementsImported event) {
		LOG.info("Measurements import {} confirmed: {} recorded, {} corrected, by {} at {}", event.importBatchId(),
				event.recorded(), event.corrected(), event.recordedBy(), event.recordedAt());
	}

	@ApplicationModuleListener
	void on(SurveyResultRecorded event) {
		LOG.info("Survey result {} for question {} of wave {}: {}% ({} respondents) to {}% ({} respondents), by {} at {}{}",
				recordedOrCorrected(event.corrected()), event.surveyQuestionId(), event.surveyWaveId(),
				event.oldPercentageAgreeing(), event.oldRespondents(), event.percentageAgreeing(), event.respondents(),
				event.recordedBy(), event.recordedAt(), fromImport(event.importBatchId()));
	}

	@ApplicationModuleListener
	void on(CaseloadRecorded event) {
		LOG.info("Caseload {} for {} in locality {} on {}: {} to {}, by {} at {}{}", recordedOrCorrected(event.corrected()),
				event.postLabel(), event.localityId(), event.snapshotDate(), event.oldFigures(), event.figures(),
				event.recordedBy(), event.recordedAt(), fromImport(event.importBatchId()));
	}

	@ApplicationModuleListener
	void on(RecommendationUpdated event) {
		LOG.info("Recommendation {} ({}) of scrutiny review {} updated ({}): {} to {}, by {} at {}", event.reference(),
				event.recommendationId(), event.reviewId(), event.change(), event.oldStatus(), event.status(),
				event.updatedBy(), event.updatedAt());
	}

	@ApplicationModuleListener
	void on(PackIssued event) {
		LOG.info("Pack {} for meeting {}, as of {}, issued, by {} at {}", event.packId(), event.panelMeetingId(),
				event.asOf(), event.issuedBy(), event.issuedAt());
	}

	private static String recordedOrCorrected(boolean corrected) {
		return corrected ? "corrected" : "recorded";
	}

	private static String fromImport(Long importBatchId) {
		return importBatchId == null ? "" : ", import " + importBatchId;
	}
}

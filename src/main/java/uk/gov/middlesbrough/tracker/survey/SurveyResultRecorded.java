package uk.gov.middlesbrough.tracker.survey;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A survey figure was recorded for a question in a wave: the first one (the old values null) or a correction.
 * {@code importBatchId} names the import that brought it, null for a form.
 */
public record SurveyResultRecorded(long surveyWaveId, long surveyQuestionId, BigDecimal oldPercentageAgreeing,
		BigDecimal percentageAgreeing, Integer oldRespondents, Integer respondents, String recordedBy, Instant recordedAt,
		Long importBatchId) {

	public boolean corrected() {
		return oldPercentageAgreeing != null;
	}
}

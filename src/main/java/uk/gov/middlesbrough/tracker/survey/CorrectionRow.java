package uk.gov.middlesbrough.tracker.survey;

import java.time.Instant;

/** One correction of a survey figure: who, when, which figure, and its value before and after. */
public record CorrectionRow(Instant recordedAt, String recordedBy, String waveName, String questionText,
		PercentAgreeing oldPercent, PercentAgreeing percent, Integer oldRespondents, Integer respondents, Long importBatchId) {
}

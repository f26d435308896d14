package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A survey figure keeps every value it took: a correction's history row holds the old value beside the new. */
class SurveyResultTests {

	private static final Instant NOON = Instant.parse("2026-04-02T12:00:00Z");

	private final SurveyResult result = withId(new SurveyResult(6, 1, percent("61.5"), 240), 17);

	@Test
	void aCorrectionKeepsTheOldFigureAndAnnouncesIt() {
		SurveyResultHistory row = result.correct(percent("63"), 250, NOON, "analyst", 5L).orElseThrow();

		assertThat(result.percent()).isEqualTo(percent("63"));
		assertThat(result.getRespondents()).isEqualTo(250);
		assertThat(row).extracting("surveyResultId", "kind", "oldPercentageAgreeing", "percentageAgreeing", "oldRespondents",
				"respondents", "importBatchId")
			.containsExactly(17L, "CORRECTED", new BigDecimal("61.50"), new BigDecimal("63.00"), 240, 250, 5L);
		assertThat(events(result)).containsExactly(new SurveyResultRecorded(6, 1, new BigDecimal("61.50"),
				new BigDecimal("63.00"), 240, 250, "analyst", NOON, 5L));
	}

	@Test
	void theSameFigureIsNoCorrection() {
		assertThat(result.correct(percent("61.50"), 240, NOON, "analyst", null)).isEmpty();
		assertThat(events(result)).isEmpty();
	}

	@Test
	void theFirstRowRecordsTheFigureAndAFigureNeedsARespondent() {
		assertThat(result.recorded(NOON, "analyst", null)).extracting("kind", "oldPercentageAgreeing", "percentageAgreeing")
			.containsExactly("RECORDED", null, new BigDecimal("61.50"));
		assertThat(((SurveyResultRecorded) events(result).get(0)).corrected()).isFalse();
		assertThatThrownBy(() -> result.correct(percent("50"), 0, NOON, "analyst", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static PercentAgreeing percent(String value) {
		return new PercentAgreeing(new BigDecimal(value));
	}
}

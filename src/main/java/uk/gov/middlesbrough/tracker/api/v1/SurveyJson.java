package uk.gov.middlesbrough.tracker.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.middlesbrough.tracker.survey.LocalitySurveys;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend;
import uk.gov.middlesbrough.tracker.survey.ResultRow;

/** A locality's resident survey results as of a day: each question's result in each wave, with its 95 % interval. */
record SurveyJson(long localityId, LocalDate asOf, List<QuestionJson> questions) {

	static SurveyJson of(LocalitySurveys surveys) {
		return new SurveyJson(surveys.localityId(), surveys.asOf().day(),
				surveys.trends().stream().map(QuestionJson::of).toList());
	}

	/** A question and its results, wave by wave (waves without a result left out). */
	record QuestionJson(String code, String text, List<ResultJson> results) {

		static QuestionJson of(QuestionTrend trend) {
			return new QuestionJson(trend.question().code(), trend.question().text(),
					trend.recorded().stream().map(ResultJson::of).toList());
		}
	}

	/**
	 * A wave's result: the percentage agreeing, the sample size it rests on (null when not recorded) and the 95 % Wilson
	 * interval as percentages (null without a sample size).
	 */
	record ResultJson(String wave, LocalDate fieldworkDate, BigDecimal percentAgreeing, Integer respondents,
			BigDecimal intervalLower, BigDecimal intervalUpper) {

		static ResultJson of(ResultRow row) {
			return new ResultJson(row.wave().name(), row.wave().fieldworkDate(), row.percent().value(), row.respondents(),
					row.hasInterval() ? row.intervalLowerPercent() : null, row.hasInterval() ? row.intervalUpperPercent() : null);
		}
	}
}

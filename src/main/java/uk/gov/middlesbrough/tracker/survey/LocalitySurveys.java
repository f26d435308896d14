package uk.gov.middlesbrough.tracker.survey;

import java.util.List;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** A locality's resident survey page: its waves, each question's trend, and the corrections made. */
public record LocalitySurveys(long localityId, String localityName, List<WaveView> waves, List<QuestionTrend> trends,
		List<CorrectionRow> corrections, AsOf asOf) {

	public QuestionTrend trend(long questionId) {
		return trends.stream().filter(trend -> trend.question().id() == questionId).findFirst().orElse(null);
	}
}

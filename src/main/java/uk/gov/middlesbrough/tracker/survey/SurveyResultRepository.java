package uk.gov.middlesbrough.tracker.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResultRepository extends JpaRepository<SurveyResult, Long> {

	Optional<SurveyResult> findBySurveyWaveIdAndSurveyQuestionId(long surveyWaveId, long surveyQuestionId);

	List<SurveyResult> findBySurveyWaveId(long surveyWaveId);
}

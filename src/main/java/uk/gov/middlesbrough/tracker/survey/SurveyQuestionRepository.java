package uk.gov.middlesbrough.tracker.survey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

	@Query("select count(q) > 0 from SurveyQuestion q where q.code = ?1")
	boolean codeTaken(String code);

	@Query("select count(q) > 0 from SurveyQuestion q where lower(q.text) = lower(?1)")
	boolean textTaken(String text);

	@Query("select coalesce(max(q.position), 0) from SurveyQuestion q")
	int lastPosition();
}

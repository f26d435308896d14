package uk.gov.middlesbrough.tracker.survey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyWaveRepository extends JpaRepository<SurveyWave, Long> {

	@Query("select count(w) > 0 from SurveyWave w where w.localityId = ?1 and lower(w.name) = lower(?2)")
	boolean nameTaken(long localityId, String name);
}

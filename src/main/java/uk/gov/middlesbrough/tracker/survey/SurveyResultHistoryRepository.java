package uk.gov.middlesbrough.tracker.survey;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResultHistoryRepository extends JpaRepository<SurveyResultHistory, Long> {
}

package uk.gov.middlesbrough.tracker.scrutiny;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScrutinyReviewRepository extends JpaRepository<ScrutinyReview, Long> {

	boolean existsByPanelIgnoreCaseAndTopicIgnoreCase(String panel, String topic);
}

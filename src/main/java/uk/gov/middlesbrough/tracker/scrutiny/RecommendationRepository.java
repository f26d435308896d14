package uk.gov.middlesbrough.tracker.scrutiny;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	boolean existsByScrutinyReviewIdAndReference(long scrutinyReviewId, String reference);
}

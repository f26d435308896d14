package uk.gov.middlesbrough.tracker.scrutiny;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationHistoryRepository extends JpaRepository<RecommendationHistoryEntry, Long> {
}

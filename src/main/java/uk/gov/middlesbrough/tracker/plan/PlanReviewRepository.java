package uk.gov.middlesbrough.tracker.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {
}

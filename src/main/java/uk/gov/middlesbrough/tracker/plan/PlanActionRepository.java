package uk.gov.middlesbrough.tracker.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {
}

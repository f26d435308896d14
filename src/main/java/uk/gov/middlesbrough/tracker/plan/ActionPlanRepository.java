package uk.gov.middlesbrough.tracker.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {
}

package uk.gov.middlesbrough.tracker.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanThemeRepository extends JpaRepository<PlanTheme, Long> {

	java.util.List<PlanTheme> findAllByOrderByPositionAsc();
}

package uk.gov.middlesbrough.tracker.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionHistoryRepository extends JpaRepository<ActionHistoryEntry, Long> {
}

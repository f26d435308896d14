package uk.gov.middlesbrough.tracker.caseload;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadHistoryRepository extends JpaRepository<CaseloadHistoryEntry, Long> {
}

package uk.gov.middlesbrough.tracker.caseload;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffingHistoryRepository extends JpaRepository<StaffingHistoryEntry, Long> {
}

package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadStaffingRepository extends JpaRepository<CaseloadStaffing, Long> {

	List<CaseloadStaffing> findByLocalityId(long localityId);
}

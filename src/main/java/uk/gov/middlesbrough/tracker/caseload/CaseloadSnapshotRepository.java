package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadSnapshotRepository extends JpaRepository<CaseloadSnapshot, Long> {

	Optional<CaseloadSnapshot> findByLocalityIdAndSnapshotDateAndRoleAndLabelIgnoreCase(long localityId, LocalDate snapshotDate,
			CaseloadRole role, String label);

	List<CaseloadSnapshot> findByLocalityIdInAndSnapshotDateIn(Collection<Long> localityIds, Collection<LocalDate> dates);
}

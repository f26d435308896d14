package uk.gov.middlesbrough.tracker.locality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocalityRepository extends JpaRepository<Locality, Long> {

	List<Locality> findAllByOrderByNameAsc();

	@Query("select count(l) > 0 from Locality l where lower(l.name) = lower(:name) and (:exceptId is null or l.id <> :exceptId)")
	boolean nameTaken(String name, Long exceptId);
}

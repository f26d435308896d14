package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

	Optional<Measurement> findByIndicatorIdAndLocalityIdAndPeriod(long indicatorId, long localityId, LocalDate period);


	boolean existsByIndicatorId(long indicatorId);
}

package uk.gov.middlesbrough.tracker.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRevisionRepository extends JpaRepository<MeasurementRevision, Long> {
}

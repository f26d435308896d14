package uk.gov.middlesbrough.tracker.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	boolean existsByCodeAndIdNot(String code, long id);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}

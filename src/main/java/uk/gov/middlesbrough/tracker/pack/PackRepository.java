package uk.gov.middlesbrough.tracker.pack;

import org.springframework.data.jpa.repository.JpaRepository;

interface PackRepository extends JpaRepository<Pack, Long> {
}

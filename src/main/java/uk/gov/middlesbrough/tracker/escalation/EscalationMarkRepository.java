package uk.gov.middlesbrough.tracker.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationMarkRepository extends JpaRepository<EscalationMark, Long> {
}

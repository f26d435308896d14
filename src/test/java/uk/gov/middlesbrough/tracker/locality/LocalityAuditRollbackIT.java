package uk.gov.middlesbrough.tracker.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** The audit trail is written in the same transaction as the change: no change, no audit row. */
class LocalityAuditRollbackIT extends IntegrationTest {

	@Autowired
	LocalityManagement management;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRolledBackChangeLeavesNoAuditRows() {
		transactions.executeWithoutResult(status -> {
			management.add(new LocalityDetails("Rolled Back Ward", "Rolled Back Ward", LocalityStatus.PILOT,
					LocalDate.of(2024, 1, 1), null, null, null, null, List.of()));
			status.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from locality where name = 'Rolled Back Ward'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where record_label = 'Rolled Back Ward'", Integer.class))
			.isZero();
	}

	@Test
	void aCommittedChangeHasItsAuditRows() {
		long id = management.add(new LocalityDetails("Committed Ward", "Committed Ward", LocalityStatus.PILOT,
				LocalDate.of(2024, 1, 1), null, null, null, null, List.of()));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Locality' and record_id = ?",
				Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(4);
		assertThat(jdbc.queryForObject("select distinct actor from audit_event where record_type = 'Locality' and record_id = ?",
				String.class, String.valueOf(id))).isEqualTo("system");
	}
}

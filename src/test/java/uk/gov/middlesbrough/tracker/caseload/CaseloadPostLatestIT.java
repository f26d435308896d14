package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * caseload_post_latest names each post's latest snapshot whatever writes the snapshots: after inserts, a correction,
 * a snapshot moved to another date or post, and deletes, it holds what finding the latest among every snapshot gives.
 */
class CaseloadPostLatestIT extends IntegrationTest {

	private static final String FROM_SCRATCH = """
			select distinct on (s.locality_id, s.role, lower(trim(s.post_label)))
			       s.locality_id || ' ' || s.role || ' ' || lower(trim(s.post_label)) || ' ' || s.id
			from caseload_snapshot s where s.locality_id = ?
			order by s.locality_id, s.role, lower(trim(s.post_label)), s.snapshot_date desc, s.id desc""";

	private static final String KEPT = """
			select x.locality_id || ' ' || x.role || ' ' || x.post_key || ' ' || x.caseload_snapshot_id
			from caseload_post_latest x where x.locality_id = ? order by 1""";

	private List<String> fromScratch(long locality) {
		return jdbc.queryForList(FROM_SCRATCH, String.class, locality).stream().sorted().toList();
	}

	private void assertKept(long locality, int posts) {
		List<String> expected = fromScratch(locality);
		assertThat(expected).hasSize(posts);
		assertThat(jdbc.queryForList(KEPT, String.class, locality)).isEqualTo(expected);
	}

	@Test
	void eachPostsLatestSnapshotIsKeptThroughEveryKindOfWrite() {
		long locality = new PlanFixtures(jdbc).locality("Post Latest Ward " + System.nanoTime());
		CaseloadFixtures caseloads = new CaseloadFixtures(jdbc);
		Instant at = Instant.now().minusSeconds(60);
		LocalDate day = LocalDate.of(2026, 6, 30);
		long first = caseloads.snapshot(locality, day.minusMonths(2), "SOCIAL_WORKER", "Social Worker 1", 20, 10, 2, at);
		long second = caseloads.snapshot(locality, day.minusMonths(1), "SOCIAL_WORKER", "social worker 1 ", 22, 11, 2, at);
		long other = caseloads.snapshot(locality, day, "EARLY_HELP_PRACTITIONER", "Early Help Practitioner 1", 25, 12, 3, at);
		assertKept(locality, 2);
		assertThat(jdbc.queryForObject("select caseload_snapshot_id from caseload_post_latest where locality_id = ? and role = 'SOCIAL_WORKER'",
				Long.class, locality)).isEqualTo(second);

		// a correction of the figures leaves the latest where it was
		jdbc.update("update caseload_snapshot set children = 23 where id = ?", second);
		assertKept(locality, 2);
		// the latest moved to an earlier date: the other one is the latest now
		jdbc.update("update caseload_snapshot set snapshot_date = ? where id = ?", day.minusMonths(3), second);
		assertKept(locality, 2);
		assertThat(jdbc.queryForObject("select caseload_snapshot_id from caseload_post_latest where locality_id = ? and role = 'SOCIAL_WORKER'",
				Long.class, locality)).isEqualTo(first);
		// moved to another post: both posts refreshed
		jdbc.update("update caseload_snapshot set post_label = 'Social Worker 2' where id = ?", first);
		assertKept(locality, 3);
		// deleted: the post goes when it has no snapshot left
		jdbc.update("delete from caseload_history where caseload_snapshot_id = ?", other);
		jdbc.update("delete from caseload_snapshot where id = ?", other);
		assertKept(locality, 2);
	}
}

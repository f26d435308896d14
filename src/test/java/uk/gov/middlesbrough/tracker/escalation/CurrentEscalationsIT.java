package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Today's list across every locality is kept between requests and derived again as soon as a committed change to
 * any table its items derive from could change it: never stale, and not derived again when nothing changed.
 */
class CurrentEscalationsIT extends IntegrationTest {

	@Autowired
	EscalationQueries queries;

	@Autowired
	List<EscalationSource> sources;

	@Test
	void everyTableAnItemDerivesFromRecordsItsChanges() {
		TreeSet<String> tables = new TreeSet<>(List.of("locality"));
		sources.forEach(source -> tables.addAll(source.derivedFrom()));
		assertThat(tables).contains("plan_action", "measurement", "caseload_snapshot", "plan_review");

		List<String> recording = jdbc.queryForList("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname = 'tr_escalation_source_changed'""", String.class);
		assertThat(recording).containsAll(tables);
	}

	@Test
	void theListIsUsedAgainWhileNothingChangesAndDerivedAgainAfterEachChange() {
		EscalationFixtures fixtures = new EscalationFixtures(jdbc);
		String name = "Kept List Ward " + System.nanoTime();
		long locality = fixtures.locality(name);
		LocalDate today = AsOf.now(clock).day();

		// Nine plans never reviewed: nine overdue reviews, listed in the first request after the locality was added.
		assertThat(kinds(locality)).containsExactly("OVERDUE_REVIEW", "OVERDUE_REVIEW", "OVERDUE_REVIEW", "OVERDUE_REVIEW",
				"OVERDUE_REVIEW", "OVERDUE_REVIEW", "OVERDUE_REVIEW", "OVERDUE_REVIEW", "OVERDUE_REVIEW");

		// Nothing changed: the localities, the check for changes (and whether this transaction wrote) and the marks.
		StatementCounter.reset();
		EscalationList again = queries.all(AsOf.now(clock));
		assertThat(StatementCounter.count()).isLessThanOrEqualTo(3);
		assertThat(again.open().stream().filter(item -> item.escalation().localityId() == locality)).hasSize(9);

		// Reviews held yesterday (plan_review): the nine items go at once.
		fixtures.reviewAll(locality, today.minusDays(1));
		assertThat(kinds(locality)).isEmpty();

		// An action far behind (plan_action and action_history): a Red action is listed.
		long plan = fixtures.plans.plan(locality, 1);
		long action = fixtures.plans.action(plan, "Kept list action", today.minusMonths(6), today.minusDays(1), "1",
				EscalationFixtures.at(today.minusMonths(6).toString()));
		assertThat(kinds(locality)).containsExactly("RED_ACTION");

		// The action finished: it leaves the list.
		fixtures.plans.progress(action, 100, AsOf.now(clock).cutoff());
		assertThat(kinds(locality)).isEmpty();

		// The locality renamed (locality): the items carry the new name.
		fixtures.plans.cancel(action, AsOf.now(clock).cutoff());
		jdbc.update("delete from plan_review where action_plan_id = ?", fixtures.plans.plan(locality, 2));
		jdbc.update("update locality set name = ? where id = ?", name + " renamed", locality);
		assertThat(queries.all(AsOf.now(clock)).open().stream().filter(item -> item.escalation().localityId() == locality)
				.map(item -> item.escalation().localityName())).containsExactly(name + " renamed");
	}

	private List<String> kinds(long locality) {
		return queries.all(AsOf.now(clock)).open().stream().filter(item -> item.escalation().localityId() == locality)
				.map(item -> item.escalation().kind().name()).toList();
	}
}

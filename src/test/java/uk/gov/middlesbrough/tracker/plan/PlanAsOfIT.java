package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * A plan's completion and RAG rebuilt from history as of three past dates, against values worked by hand.
 *
 * A: 1 Jan–10 Apr 2024 (100 days), weight 1: 30 % on 1 Feb, 80 % on 15 Mar, 100 % on 5 Apr.
 * B: 1 Feb–30 Jun 2024 (150 days), weight 2, added 20 Jan: 10 % on 1 Mar.
 * C: 1 Jan–31 Dec 2024 (365 days), weight 1: cancelled on 20 Mar.
 */
class PlanAsOfIT extends IntegrationTest {

	@Autowired
	PlanQueries queries;


	private long planId;
	private long a;
	private long b;
	private long c;

	@BeforeEach
	void history() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		long locality = fixtures.locality("As Of Ward " + System.nanoTime());
		planId = fixtures.plan(locality, 1);
		a = fixtures.action(planId, "A", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 10), "1", at("2024-01-01"));
		b = fixtures.action(planId, "B", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30), "2", at("2024-01-20"));
		c = fixtures.action(planId, "C", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "1", at("2024-01-01"));
		fixtures.progress(a, 30, at("2024-02-01"));
		fixtures.progress(b, 10, at("2024-03-01"));
		fixtures.progress(a, 80, at("2024-03-15"));
		fixtures.cancel(c, at("2024-03-20"));
		fixtures.progress(a, 100, at("2024-04-05"));
	}

	@Test
	void asOfFifteenthJanuary() {
		PlanPage page = asOf(LocalDate.of(2024, 1, 15));
		// B did not exist yet. A: 14 of 100 days gone, 0 % → 14 behind → Amber. C: 14/365 = 3.8 % expected → Green.
		assertThat(rag(page)).containsOnly(Map.entry(a, RagStatus.AMBER), Map.entry(c, RagStatus.GREEN));
		assertThat(page.summary().completion()).isEqualTo(0.0);
		assertThat(page.summary().ragCounts()).isEqualTo(new RagCounts(0, 1, 1, 0, 0));
	}

	@Test
	void asOfTenthMarch() {
		PlanPage page = asOf(LocalDate.of(2024, 3, 10));
		// A: 69 days gone → 69 % expected, 30 % done → 39 behind → Red.
		// B: 38 of 150 days → 25.3 % expected, 10 % done → 15.3 behind → Amber.
		// C: 69/365 = 18.9 % expected, 0 % → Amber.
		assertThat(rag(page)).containsOnly(Map.entry(a, RagStatus.RED), Map.entry(b, RagStatus.AMBER),
				Map.entry(c, RagStatus.AMBER));
		// (30×1 + 10×2 + 0×1) / 4 = 12.5
		assertThat(page.summary().completion()).isEqualTo(12.5);
		assertThat(page.summary().ragCounts()).isEqualTo(new RagCounts(0, 0, 2, 1, 0));
	}

	@Test
	void asOfTwentyFifthMarch() {
		PlanPage page = asOf(LocalDate.of(2024, 3, 25));
		// A: 84 % expected, 80 % done → Green. B: 53/150 = 35.3 % expected, 10 % → 25.3 behind → Red. C cancelled.
		assertThat(rag(page)).containsEntry(a, RagStatus.GREEN).containsEntry(b, RagStatus.RED);
		assertThat(page.actions()).filteredOn(row -> row.id() == c).singleElement()
			.satisfies(row -> assertThat(row.cancelled()).isTrue());
		// (80×1 + 10×2) / 3 = 33.33
		assertThat(page.summary().completion()).isCloseTo(33.333, within(0.001));
		assertThat(page.summary().ragCounts()).isEqualTo(new RagCounts(0, 1, 0, 1, 0));
	}

	@Test
	void todaysViewAndAnAsOfViewOfTodayAgree() {
		PlanPage now = queries.plan(planId, AsOf.now(clock)).orElseThrow();
		PlanPage asOfToday = queries.plan(planId, AsOf.endOf(LocalDate.now(clock), clock)).orElseThrow();
		// A complete, B 10 % and long past due → Red, C cancelled: (100 + 10×2) / 3 = 40
		assertThat(now.summary().completion()).isEqualTo(40.0);
		assertThat(rag(now)).containsEntry(a, RagStatus.COMPLETE).containsEntry(b, RagStatus.RED);
		assertThat(asOfToday.summary()).isEqualTo(now.summary());
		assertThat(asOfToday.actions()).isEqualTo(now.actions());
	}

	private PlanPage asOf(LocalDate day) {
		AsOf asOf = AsOf.endOf(day, clock);
		assertThat(asOf.past()).isTrue();
		return queries.plan(planId, asOf).orElseThrow();
	}

	private static Map<Long, RagStatus> rag(PlanPage page) {
		return page.actions().stream().filter(row -> !row.cancelled())
			.collect(Collectors.toMap(ActionRow::id, ActionRow::rag));
	}

	private static Instant at(String day) {
		return Instant.parse(day + "T10:00:00Z");
	}
}

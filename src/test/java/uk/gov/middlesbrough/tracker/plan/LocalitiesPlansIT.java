package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Several localities' plans come from the same fixed number of statements, however many localities. */
class LocalitiesPlansIT extends IntegrationTest {

	@Autowired
	PlanQueries queries;


	@Test
	void threeAndTwentyLocalitiesCostTheSameStatementsAndComeBackInTheOrderAsked() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		List<Long> ids = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < 20; i++) {
			long locality = fixtures.locality("Scale Ward " + i + " " + System.nanoTime());
			ids.add(locality);
			long plan = fixtures.plan(locality, 1 + i % 9);
			long action = fixtures.action(plan, "Scale action " + i, today.minusDays(10), today.plusDays(10), "1", Instant.now());
			fixtures.progress(action, 5 * i, Instant.now());
		}
		AsOf now = AsOf.now(clock);

		StatementCounter.reset();
		List<LocalityPlans> three = queries.localitiesPlans(ids.subList(0, 3), now);
		int threeCount = StatementCounter.count();
		StatementCounter.reset();
		List<LocalityPlans> twenty = queries.localitiesPlans(ids, now);
		int twentyCount = StatementCounter.count();

		assertThat(threeCount).isEqualTo(twentyCount).isLessThanOrEqualTo(6);
		assertThat(three).extracting(LocalityPlans::localityId).containsExactlyElementsOf(ids.subList(0, 3));
		assertThat(twenty).extracting(LocalityPlans::localityId).containsExactlyElementsOf(ids);
		assertThat(twenty).allSatisfy(locality -> assertThat(locality.plans()).hasSize(9));
		// locality 7 has one action at 35 %, so its only plan with actions is 35 % and so is the locality
		assertThat(twenty.get(7).completion()).isEqualTo(35.0);
	}

	@Test
	void thePlansSummedInTheDatabaseAgreeWithThePlanPageThatReadsEveryAction() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		LocalDate today = LocalDate.now(clock);
		Instant earlier = Instant.now().minusSeconds(3600);
		long locality = fixtures.locality("Rollup Ward " + System.nanoTime());
		long plan = fixtures.plan(locality, 1);
		// weights 0.5, 1.5, 1 and 0 (not started), one cancelled and left out
		long a = fixtures.action(plan, "Half weight, behind", today.minusDays(50), today.plusDays(50), "0.5", earlier);
		fixtures.progress(a, 20, earlier);
		long b = fixtures.action(plan, "Heavy, on track", today.minusDays(10), today.plusDays(90), "1.5", earlier);
		fixtures.progress(b, 70, earlier);
		long c = fixtures.action(plan, "Done", today.minusDays(100), today.minusDays(1), "1", earlier);
		fixtures.progress(c, 100, earlier);
		long d = fixtures.action(plan, "Cancelled", today.minusDays(100), today.minusDays(1), "1", earlier);
		fixtures.cancel(d, earlier);
		fixtures.action(plan, "Not yet started", today.plusDays(5), today.plusDays(50), "0", earlier);
		long zero = fixtures.plan(locality, 2);
		fixtures.action(zero, "Weightless late", today.minusDays(30), today.minusDays(2), "0", earlier);
		long other = fixtures.action(zero, "Weightless done", today.minusDays(30), today.plusDays(2), "0", earlier);
		fixtures.progress(other, 60, earlier);

		for (AsOf asOf : List.of(AsOf.now(clock), AsOf.endOf(today.minusDays(1), clock))) {
			List<PlanSummary> summed = queries.localitiesPlans(List.of(locality), asOf).get(0).plans();
			assertThat(summed).hasSize(9);
			for (PlanSummary plan1 : summed) {
				PlanSummary read = queries.plan(plan1.id(), asOf).orElseThrow().summary();
				assertThat(plan1.completion()).isEqualTo(read.completion());
				assertThat(plan1.ragCounts()).isEqualTo(read.ragCounts());
				assertThat(plan1.activeActions()).isEqualTo(read.activeActions());
			}
		}
		List<PlanSummary> now = queries.localitiesPlans(List.of(locality), AsOf.now(clock)).get(0).plans();
		PlanSummary first = now.stream().filter(summary -> summary.id() == plan).findFirst().orElseThrow();
		// (0.5 × 20 + 1.5 × 70 + 1 × 100 + 0 × 0) / (0.5 + 1.5 + 1 + 0) = 215 / 3 = 71.666...; four active actions
		assertThat(first.completion()).isCloseTo(215.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(first.activeActions()).isEqualTo(4);
		// behind: 50 % expected, 20 % done, gap 30 > 25 → Red; 10 % expected, 70 % done → Green; Complete; Not started
		assertThat(first.ragCounts()).isEqualTo(new RagCounts(1, 1, 0, 1, 1));
		PlanSummary weightless = now.stream().filter(summary -> summary.id() == zero).findFirst().orElseThrow();
		// every weight 0: the plain mean (0 + 60) / 2 = 30; the late one is Red, the other 60 % of 93 % expected → Red
		assertThat(weightless.completion()).isEqualTo(30.0);
		assertThat(weightless.ragCounts().red()).isEqualTo(2);
	}
}

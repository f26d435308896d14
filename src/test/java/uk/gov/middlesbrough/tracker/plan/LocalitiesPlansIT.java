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
}

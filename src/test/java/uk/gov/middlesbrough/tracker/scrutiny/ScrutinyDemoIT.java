package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** The demo tracker (db/demo/R__60): the executive's action plan of 12 July 2022, a) to j), and its two flagged items. */
class ScrutinyDemoIT extends IntegrationTest {

	@Autowired
	ScrutinyQueries queries;

	@Autowired
	UserDetailsService users;


	private TrackerPage demo() {
		return queries.tracker(new ScrutinyFixtures(jdbc).demoReview(), AsOf.now(clock)).orElseThrow();
	}

	private Map<String, TrackerRow> byReference() {
		return demo().rows().stream().collect(Collectors.toMap(TrackerRow::reference, row -> row));
	}

	@Test
	void theDemoReviewHasRecommendationsAToJWithTheirSubParts() {
		TrackerPage page = demo();
		assertThat(page.review().panel()).isEqualTo("Children and Young People's Social Care and Services Scrutiny Panel");
		assertThat(page.review().topic()).isEqualTo("Locality Working from a Children's Services Perspective");
		assertThat(page.review().responseOn()).isEqualTo(LocalDate.of(2022, 7, 12));
		assertThat(page.rows()).extracting(TrackerRow::reference)
			.containsExactly("a", "b(i)", "b(ii)", "c", "d", "e", "f", "g", "g(i)", "g(ii)", "h", "i", "j");
		assertThat(page.rows().stream().map(row -> row.reference().substring(0, 1)).distinct())
			.containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
	}

	@Test
	void exactlyTwoItemsAreFlaggedOneResponseOverdueAndOneReportBackDue() {
		List<TrackerRow> flagged = demo().rows().stream().filter(TrackerRow::flagged).toList();
		assertThat(flagged).extracting(TrackerRow::reference).containsExactly("d", "j");
		assertThat(flagged.get(0).flags()).extracting(Flag::kind).containsExactly(ScrutinyFlag.REPORT_BACK_DUE);
		// d): the report back is due 28 days after the day the demo data was loaded (today in a test run).
		assertThat(flagged.get(0).flags().get(0).date()).isEqualTo(AsOf.now(clock).day().plusDays(28));
		// j): target and report back 31 January 2023, still in progress (its update of 14 February 2023 says the report
		// has not been submitted): both overdue.
		assertThat(flagged.get(1).flags()).containsExactly(new Flag(ScrutinyFlag.RESPONSE_OVERDUE, LocalDate.of(2023, 1, 31)),
				new Flag(ScrutinyFlag.REPORT_BACK_OVERDUE, LocalDate.of(2023, 1, 31)));
		assertThat(demo().review().flagged(ScrutinyFlag.RESPONSE_OVERDUE)).isEqualTo(1);
		assertThat(demo().review().flagged(ScrutinyFlag.REPORT_BACK_DUE)).isEqualTo(1);
		assertThat(demo().review().flagged(ScrutinyFlag.REPORT_BACK_OVERDUE)).isEqualTo(1);
	}

	@Test
	void theResponsesAreTranscribedFromTheActionPlan() {
		Map<String, TrackerRow> rows = byReference();
		ExecutiveResponse a = rows.get("a").response();
		assertThat(a.timescaleText()).isEqualTo("To be determined by the Evaluation report");
		assertThat(a.targetDate()).isNull();
		assertThat(a.responsiblePost()).isEqualTo("Director of Environment");
		assertThat(a.comment()).startsWith("The success of Locality working In Newport and North Ormesby is being evaluated")
			.endsWith("due to the level of crime and Anti-Social Behaviour in the area.");

		assertThat(rows.get("b(i)").response().proposedAction()).startsWith("Facilitate a workshop for senior representatives from partner agencies");
		assertThat(rows.get("b(i)").response().targetDate()).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(rows.get("b(ii)").text()).contains("Neighbourhood Managers are fully supported and deputised for");
		assertThat(rows.get("b(ii)").response().targetDate()).isEqualTo(LocalDate.of(2022, 8, 31));

		TrackerRow c = rows.get("c");
		assertThat(c.text()).startsWith("The Panel acknowledges the high numbers of early help cases in both Newport and North Ormesby");
		// The paper commits no budget: £28.5k a year is the cost of a worker only if more resource is asked for.
		assertThat(c.response().budgetAmount()).isNull();
		assertThat(c.response().budgetText()).startsWith("No additional budget required for consideration purposes.");
		assertThat(c.response().budgetText()).contains("each additional worker would cost £28.5k/annum");
		assertThat(c.response().timescaleText()).isEqualTo("To be considered for existing partnerships by September 2022");
		assertThat(c.response().targetDate()).isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(c.response().responsiblePost()).isEqualTo("Head of Prevention");

		assertThat(rows.get("d").text()).endsWith("reported to the Panel in six months' time.");
		assertThat(rows.get("d").response().responsiblePost()).isEqualTo("Head of Children Looked After and Permanence");
		assertThat(rows.get("d").response().targetDate()).isEqualTo(LocalDate.of(2023, 3, 31));
		assertThat(rows.get("e").response().targetDate()).isEqualTo(LocalDate.of(2023, 10, 31));
		assertThat(rows.get("f").response().reportBackOn()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(rows.get("g").response().comment()).isEqualTo("This can only be influenced not mandated");
		assertThat(rows.get("g(i)").response().proposedAction()).contains("• Access to a signposting directory,");
		assertThat(rows.get("g(ii)").response().responsiblePost()).isEqualTo("Director of Education and Partnerships");
		assertThat(rows.get("h").response().proposedAction()).isNull();
		assertThat(rows.get("i").response().proposedAction()).isEqualTo("Provide additional training on thresholds to Neighbourhood Managers");
		assertThat(rows.get("j").response().timescaleText()).isEqualTo("Jan 2023");
		assertThat(rows.get("j").response().targetDate()).isEqualTo(LocalDate.of(2023, 1, 31));
	}

	@Test
	void everyDemoRecommendationIsInTheStateItsLatestHistoryEntryHolds() {
		List<Map<String, Object>> mismatches = jdbc.queryForList("""
				select r.reference from scrutiny_recommendation r
				join lateral (select * from scrutiny_recommendation_history h where h.scrutiny_recommendation_id = r.id
				              order by h.recorded_at desc, h.id desc limit 1) h on true
				where r.scrutiny_review_id = ?
				  and (h.status <> r.status or h.target_date is distinct from r.target_date
				       or h.report_back_on is distinct from r.report_back_on or h.budget_amount is distinct from r.budget_amount
				       or h.proposed_action is distinct from r.proposed_action)""", new ScrutinyFixtures(jdbc).demoReview());
		assertThat(mismatches).isEmpty();
		assertThat(jdbc.queryForObject("""
				select count(*) from scrutiny_recommendation_history h join scrutiny_recommendation r on r.id = h.scrutiny_recommendation_id
				where r.scrutiny_review_id = ? and h.kind = 'PROGRESS'""", Integer.class, new ScrutinyFixtures(jdbc).demoReview()))
			.isGreaterThanOrEqualTo(13);
	}

	@Test
	void runningTheDemoFileAgainAddsNothing() throws Exception {
		String count = "select (select count(*) from scrutiny_review) || '/' || (select count(*) from scrutiny_recommendation)"
				+ " || '/' || (select count(*) from scrutiny_recommendation_history)";
		String before = jdbc.queryForObject(count, String.class);
		String script = new String(getClass().getResourceAsStream("/db/demo/R__60_demo_scrutiny.sql").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		jdbc.execute(script);
		assertThat(jdbc.queryForObject(count, String.class)).isEqualTo(before);
	}

	@Test
	void theTrackerAsOfAPastDayShowsTheStatusesAndFlagsOfThatDay() {
		long review = new ScrutinyFixtures(jdbc).demoReview();
		// 1 March 2023: d) in progress (completed on 20 March), its report back on 31 March is 30 days away, within
		// 6 weeks (42 days): flagged. j) target 31 January 2023 passed while in progress: overdue. a) in progress, no date.
		Map<String, TrackerRow> march = queries.tracker(review, AsOf.endOf(LocalDate.of(2023, 3, 1), clock)).orElseThrow()
				.rows().stream().collect(Collectors.toMap(TrackerRow::reference, row -> row));
		assertThat(march.get("d").status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
		assertThat(march.get("d").flags()).containsExactly(new Flag(ScrutinyFlag.REPORT_BACK_DUE, LocalDate.of(2023, 3, 31)));
		assertThat(march.get("j").flags()).containsExactly(new Flag(ScrutinyFlag.RESPONSE_OVERDUE, LocalDate.of(2023, 1, 31)),
				new Flag(ScrutinyFlag.REPORT_BACK_OVERDUE, LocalDate.of(2023, 1, 31)));
		// e) was still in progress then, and its target (October 2023) not yet reached.
		assertThat(march.get("e").status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
		assertThat(march.get("e").flags()).isEmpty();
		// 1 September 2022: only the recommendations answered by then; b(ii) completed on 30 August, c not yet.
		Map<String, TrackerRow> september = queries.tracker(review, AsOf.endOf(LocalDate.of(2022, 9, 1), clock)).orElseThrow()
				.rows().stream().collect(Collectors.toMap(TrackerRow::reference, row -> row));
		assertThat(september.get("b(ii)").status()).isEqualTo(RecommendationStatus.COMPLETED);
		assertThat(september.get("c").status()).isEqualTo(RecommendationStatus.NOT_STARTED);
		assertThat(september.get("h").status()).isEqualTo(RecommendationStatus.COMPLETED);
		// Before the executive's response the review is known but has no recommendations yet.
		assertThat(queries.tracker(review, AsOf.endOf(LocalDate.of(2022, 5, 1), clock)).orElseThrow().rows()).isEmpty();
	}

	@Test
	void theTrackerPageShowsTheTwoFlaggedItemsInWords() throws Exception {
		String html = mvc.perform(get("/scrutiny/reviews/{id}", new ScrutinyFixtures(jdbc).demoReview()).param("flag", "ANY")
				.with(user(users.loadUserByUsername("viewer")))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Showing 2 of 13 recommendations", "Response overdue", "The target date, 31 January 2023, has passed",
				"Report back due", "Report back to the panel due on", "Report back overdue",
				"Report back to the panel was due by 31 January 2023 and the recommendation is still open");
	}
}

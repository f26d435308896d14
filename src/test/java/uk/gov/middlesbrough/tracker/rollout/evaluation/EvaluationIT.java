package uk.gov.middlesbrough.tracker.rollout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

/**
 * The evaluation page on a locality, wards and a quarterly measure of the test's own, with the figures of
 * {@link EvaluationTests} worked by hand: the locality started 15 November 2019, so the quarter from 1 October is the
 * change-over. Locality 30, 33, 27 before (mean 30.0) and 24, 22, 20 after (22.0): −8.0. Comparators A and B, averaged
 * each quarter: 15, 17, 19 before (17.0) and 16, 14, 18 after (16.0): −1.0. Difference-in-differences −8.0 − (−1.0) =
 * −7.0. Crime: higher means more need, so lower is better and −7.0 points to an improvement.
 */
class EvaluationIT extends IntegrationTest {

	private static final String[] QUARTERS = { "2019-01-01", "2019-04-01", "2019-07-01", "2019-10-01", "2020-01-01",
			"2020-04-01", "2020-07-01" };

	@Autowired
	UserDetailsService users;

	private String suffix;
	private String crime;
	private long pilot;

	@BeforeEach
	void aLocalityWardsAndAMeasureOfTheirOwn() {
		suffix = String.valueOf(System.nanoTime());
		crime = "eval-crime-" + suffix;
		jdbc.update("""
				insert into ward_measure (code, name, unit, need_direction, period_months, source, position)
				values (?, ?, 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3, 'Test', 0)""", crime, "Crime " + suffix);
		pilot = locality("Pilot", "2019-11-15", true);
		series("Pilot", 30, 33, 27, 40, 24, 22, 20);
		series("A", 20, 22, 24, 50, 20, 18, 22);
		series("B", 10, 12, 14, 50, 12, 10, 14);
		series("C", 25, 25, 25, 25, 25, 25, 25);
		series("Far", 100, 100, 100, 100, 100, 100, 100);
	}

	@Test
	void showsTheHandWorkedBeforeAfterAndDifferenceInDifferencesWithTheResultInWords() throws Exception {
		Document page = page(evaluation(pilot, "A", "B"));

		assertThat(rows(page, "#evaluation")).containsExactly(
				List.of(name("Pilot"), "30.0", "22.0", "−8.0"),
				List.of("Comparator wards’ average", "17.0", "16.0", "−1.0"),
				List.of("Difference-in-differences", "−7.0"));
		assertThat(page.select("#in-words").text()).contains("Crime " + suffix + " in " + name("Pilot")
				+ " fell by 8.0 per 1,000 from before 15 November 2019 to after, while in the comparator wards it fell by 1.0"
				+ " per 1,000: a difference of 7.0 per 1,000 lower in " + name("Pilot")
				+ " than if it had changed as the comparator wards did.",
				"Lower is better for this measure, so this points to an improvement, though it does not prove locality working caused it.");
		assertThat(page.select("#chosen").text()).isEqualTo("Chosen by you.");
		assertThat(page.select("#comparators li").eachText()).containsExactly(name("A"), name("B"));
		assertThat(page.select("#split").text()).contains("the 3 quarters that ended before", "the 3 quarters that began");
		assertThat(page.select("#change-over").text()).contains("(Oct–Dec 2019) is left out as the change-over");
		assertThat(page.select("#caveats").text()).contains("3 quarters before and 3 after", "fewer than 5 people",
				"regression to the mean", "other things changed at the same time");
		assertThat(rows(page, "#periods")).hasSize(7).first().isEqualTo(List.of("Jan–Mar 2019", "Before", "30.0", "15.0"));
		assertThat(rows(page, "#periods").get(3)).isEqualTo(List.of("Oct–Dec 2019", "Change-over (left out)", "40.0", "50.0"));
		assertThat(page.select("#chart").attr("src")).contains("/rollout/evaluation/chart.svg?locality=" + pilot, "comparator=");
		assertThat(page.select("#locality option[selected]").text()).isEqualTo(name("Pilot"));
		assertThat(page.select("input[name=comparator][checked]")).hasSize(2);

		mvc.perform(get(page.select("#chart").attr("src")).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andExpect(content().contentType("image/svg+xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Started 15 Nov 2019")));

		// The page's two downloads: the averages and the figures by period (to two places, trailing zeros dropped).
		String summaryLink = page.select("a:contains(Download as CSV)").first().attr("href");
		assertThat(summaryLink).startsWith("/rollout/evaluation/export?table=summary&locality=" + pilot);
		assertThat(csv(summaryLink).lines().skip(1).toList()).containsExactly(name("Pilot") + ",30,22,-8",
				"Comparator wards’ average,17,16,-1", "Difference-in-differences,,,-7");
		String periods = csv(page.select("a:contains(Download as CSV)").get(1).attr("href"));
		assertThat(periods.lines().toList()).hasSize(8).element(1).isEqualTo("Jan–Mar 2019,Before,30,15");
		assertThat(periods.lines().toList().get(0)).isEqualTo("Period,Before or after," + name("Pilot") + ",Comparator wards’ average");
	}

	private String csv(String path) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
	}

	@Test
	void aFigureFromFewerThanFivePeopleIsShownAsFewerThanFiveAndTheEstimateWithheld() throws Exception {
		jdbc.update("""
				update ward_figure set people_count = 3 where period = date '2020-07-01'
				and ward_id = (select id from ward where name = ?)""", name("Pilot"));

		Document page = page(evaluation(pilot, "A", "B"));

		assertThat(rows(page, "#periods").get(6)).containsExactly("Jul–Sept 2020", "After",
				"Withheld (fewer than 5 people)", "18.0");
		assertThat(rows(page, "#evaluation")).containsExactly(
				List.of(name("Pilot"), "30.0", "Withheld (fewer than 5 people)", "Withheld (fewer than 5 people)"),
				List.of("Comparator wards’ average", "17.0", "16.0", "−1.0"),
				List.of("Difference-in-differences", "Withheld (fewer than 5 people)"));
		assertThat(page.select("#withheld").text()).contains("The difference-in-differences is withheld");
		assertThat(page.select("#in-words")).isEmpty();
		assertThat(page.select("#evaluation").text()).doesNotContain("22.0", "−8.0", "−7.0");
		assertThat(page.select("main").text()).doesNotContain("20.0");
		String summary = csv(page.select("a:contains(Download as CSV)").first().attr("href"));
		assertThat(summary).contains(name("Pilot") + ",30,Withheld (fewer than 5 people),Withheld (fewer than 5 people)",
				"Difference-in-differences,,,Withheld (fewer than 5 people)").doesNotContain(",22,", ",-8", ",-7");
		assertThat(csv(page.select("a:contains(Download as CSV)").get(1).attr("href")))
			.contains("Jul–Sept 2020,After,Withheld (fewer than 5 people),18").doesNotContain("After,20,");
	}

	@Test
	void withNoWardTickedTheThreeWardsMostSimilarByNeedInTheNewestSavedIndexAreUsed() throws Exception {
		// Latest figures (July 2020): Pilot 20; A 22, C 25, B 14, Far 100 away from it by 2, 5, 6 and 80.
		String location = mvc.perform(post("/rollout/scenarios").with(user(users.loadUserByUsername("head"))).with(csrf())
			.param("name", "Evaluation " + suffix).param("method", "Z_SCORE").param("weights[0].code", crime)
			.param("weights[0].weight", "1")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		Document page = page(evaluation(pilot));

		assertThat(page.select("#comparators li").eachText()).containsExactly(name("A"), name("C"), name("B"));
		assertThat(page.select("#chosen").text()).contains("The 3 wards without a locality whose need index is nearest "
				+ name("Pilot") + "’s", "Evaluation " + suffix);
		assertThat(page.select("#chosen a").attr("href")).isEqualTo(location);
		assertThat(page.select("#did").text()).isNotEmpty();
	}

	@Test
	void problemsAreExplainedOnThePageAndUnknownChoicesAreNotFound() throws Exception {
		long unlinked = locality("Unlinked", "2019-11-15", false);
		assertThat(page(evaluation(unlinked, "A")).select("#problem").text())
			.contains(name("Unlinked") + " is not linked to a ward");
		long early = locality("Early", "2018-01-01", true);
		series("Early", 1, 2, 3);
		assertThat(page(evaluation(early, "A")).select("#problem").text()).contains("There are no figures for both "
				+ name("Early") + " and the comparator wards from before");
		long late = locality("Late", "2022-01-01", true);
		series("Late", 1, 2, 3);
		assertThat(page(evaluation(late, "A")).select("#problem").text()).contains("from after " + name("Late") + " started");
		assertThat(page(evaluation(late)).select("#problem").text()).contains("No saved need index ranks " + name("Late"));

		Document nothing = page("/rollout/evaluation?show=1&locality=&measure=");
		assertThat(nothing.select(".govuk-error-summary a").eachText()).containsExactly("Choose a locality", "Choose a measure");
		assertThat(page("/rollout/evaluation").select("#locality option").eachText()).contains(name("Pilot"))
			.doesNotContain(name("Unlinked"));

		for (String path : List.of("/rollout/evaluation?show=1&locality=999999999&measure=" + crime,
				"/rollout/evaluation?show=1&locality=x&measure=" + crime,
				"/rollout/evaluation?show=1&locality=" + pilot + "&measure=no-such-" + suffix,
				"/rollout/evaluation?show=1&locality=" + pilot + "&measure=" + crime + "&comparator=" + wardId("Pilot"),
				"/rollout/evaluation/chart.svg?locality=" + unlinked + "&measure=" + crime)) {
			mvc.perform(get(path).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isNotFound());
		}
	}

	@Test
	void thePageCostsTheSameStatementsWhateverTheNumberOfWards() throws Exception {
		int chosen = statements(evaluation(pilot, "A", "B"));
		series("D", 5, 5, 5, 5, 5, 5, 5);
		series("E", 6, 6, 6, 6, 6, 6, 6);
		assertThat(statements(evaluation(pilot, "A", "B", "D", "E"))).isEqualTo(chosen);
		assertThat(chosen).as("localities, measures, wards and the figures, and the session's").isLessThanOrEqualTo(8);
	}

	private String evaluation(long locality, String... comparators) {
		StringBuilder path = new StringBuilder("/rollout/evaluation?show=1&locality=" + locality + "&measure=" + crime);
		for (String ward : comparators) {
			path.append("&comparator=").append(wardId(ward));
		}
		return path.toString();
	}

	private int statements(String path) throws Exception {
		StatementCounter.reset();
		mvc.perform(get(path).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	private static List<List<String>> rows(Document page, String table) {
		return page.select(table + " tbody tr").stream().map(row -> row.select("th, td").eachText()).toList();
	}

	private String name(String ward) {
		return ward + " eval " + suffix;
	}

	private long wardId(String ward) {
		return jdbc.queryForObject("select id from ward where name = ?", Long.class, name(ward));
	}

	/** A locality started on {@code start}, with a ward of the same name linked to it when {@code linked}. */
	private long locality(String name, String start, boolean linked) {
		long id = jdbc.queryForObject("""
				insert into locality (name, ward, status, start_date) values (?, ?, 'PILOT', ?::date) returning id""",
				Long.class, name(name), name(name), start);
		if (linked) {
			jdbc.update("insert into ward (name, population, locality_id) values (?, 1000, ?)", name(name), id);
		}
		return id;
	}

	/** A ward (added if new) and its quarterly figures from January 2019. */
	private void series(String ward, double... values) {
		jdbc.update("insert into ward (name, population) values (?, 1000) on conflict (name) do nothing", name(ward));
		for (int i = 0; i < values.length; i++) {
			jdbc.update("""
					insert into ward_figure (ward_id, ward_measure_id, period, value)
					select w.id, m.id, ?::date, ? from ward w, ward_measure m where w.name = ? and m.code = ?""",
					QUARTERS[i], values[i], name(ward), crime);
		}
	}
}

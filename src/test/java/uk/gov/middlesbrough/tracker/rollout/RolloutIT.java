package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

/**
 * Need indexes on wards and measures of the test's own (as {@link NeedIndexTests}, worked by hand): crime per 1,000,
 * weight 2, A 2, B 4, C 6, D 50 → z −1.22474, 0, +1.22474 over A to C; deprivation rank, weight 1, A 1, B 2, C 3 (lower
 * is more need) → z +1.22474, 0, −1.22474; D has no rank and is left out. Index = (2·crime + rank) / 3: C 0.41 (from
 * crime 0.82, from rank −0.41), B 0.00, A −0.41. Moving either weight by 20% keeps C, B, A: e.g. crime 1.6, C
 * (1.6 × 1.22474 − 1.22474) / 2.6 = +0.28. Looked-after children: A 1.5% of 200 children, 3 children, withheld.
 */
class RolloutIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private String suffix;
	private String crime;
	private String rank;
	private String lookedAfter;

	@BeforeEach
	void wardsAndMeasuresOfTheirOwn() {
		suffix = String.valueOf(System.nanoTime());
		crime = "crime-" + suffix;
		rank = "rank-" + suffix;
		lookedAfter = "cla-" + suffix;
		measure(crime, "Crime " + suffix, "RATE_PER_1000", "HIGHER_MEANS_MORE_NEED");
		measure(rank, "Deprivation " + suffix, "RANK", "LOWER_MEANS_MORE_NEED");
		measure(lookedAfter, "Looked after " + suffix, "PERCENTAGE", "HIGHER_MEANS_MORE_NEED");
		String[] wards = { "A", "B", "C", "D" };
		double[] crimes = { 2, 4, 6, 50 };
		for (int i = 0; i < wards.length; i++) {
			ward(wards[i]);
			figure(wards[i], crime, "2022-01-01", crimes[i], null);
			if (i < 3) {
				figure(wards[i], rank, "2019-01-01", i + 1, null);
				figure(wards[i], lookedAfter, "2021-04-01", i == 0 ? 1.5 : 6.0, i == 0 ? 3 : 12);
			}
		}
	}

	@Test
	void theHeadSavesAnIndexAndItIsShownLaterExactlyAsSavedWhateverFiguresArriveAfter() throws Exception {
		String location = mvc.perform(save("Next ward " + suffix, crime, "2", rank, "1"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/rollout/scenarios/\\d+");

		Document saved = page(location, "viewer");
		assertThat(saved.select("h1").text()).isEqualTo("Next ward " + suffix);
		assertThat(rows(saved, "#ranking")).containsExactly(
				List.of("1", name("C"), "0.41", "0.82", "−0.41"),
				List.of("2", name("B"), "0.00", "0.00", "0.00"),
				List.of("3", name("A"), "−0.41", "−0.82", "0.41"));
		assertThat(saved.select("#left-out li").eachText()).containsExactly(name("D"));
		assertThat(rows(saved, "#indicators")).extracting(row -> row.subList(0, 4)).containsExactly(
				List.of("Crime " + suffix, "Higher", "2", "67%"), List.of("Deprivation " + suffix, "Lower", "1", "33%"));
		assertThat(saved.select("#sensitivity tbody tr")).hasSize(4).allSatisfy(row -> assertThat(row.select("td").last().text()).isEqualTo("No"));
		assertThat(saved.select("#sensitivity tbody tr").get(0).select("td").get(0).text()).isEqualTo("1.6 (20% less)");
		assertThat(saved.select("#method-explained").text()).contains("standard deviations");

		// A figure arrives after the index was saved: today's ranking changes, the saved one does not.
		figure("A", crime, "2022-04-01", 100, null);
		Document today = page("/rollout/scenarios/new?show=1&method=Z_SCORE&weights[0].code=" + crime
				+ "&weights[0].weight=2&weights[1].code=" + rank + "&weights[1].weight=1", "head");
		assertThat(rows(today, "#ranking").get(0).get(1)).isEqualTo(name("A"));
		assertThat(rows(page(location, "viewer"), "#ranking")).extracting(row -> row.get(1))
			.containsExactly(name("C"), name("B"), name("A"));

		Document home = page("/rollout", "viewer");
		assertThat(home.select("#scenarios a").eachText()).contains("Next ward " + suffix);

		// The export: four places, the figures used as numbers.
		assertThat(csv(location)).contains("1,C ward " + suffix + ",,0.4082,0.8165,-0.4082,6,3",
				"3,A ward " + suffix + ",,-0.4082,-0.8165,0.4082,2,1");
	}

	@Test
	void aPercentageMadeFromFewerThanFivePeopleIsWithheldWhereverItIsShown() throws Exception {
		String location = mvc.perform(save("Looked after " + suffix, lookedAfter, "1"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Document saved = page(location, "viewer");
		Element wardA = saved.select("#figures tbody tr").stream().filter(row -> row.select("th").text().equals(name("A")))
			.findFirst().orElseThrow();
		assertThat(wardA.select("td").text()).startsWith("Withheld (fewer than 5 people)").doesNotContain("1.5");

		Element homeA = page("/rollout", "viewer").select("#wards tbody tr").stream()
			.filter(row -> row.select("th").text().equals(name("A"))).findFirst().orElseThrow();
		assertThat(homeA.text()).contains("Withheld (fewer than 5 people)").doesNotContain("1.5");
		// 1.5, 6, 6: mean 4.5, population sd √4.5 = 2.1213, so A (1.5 − 4.5) / 2.1213 = −1.4142.
		assertThat(csv(location)).contains("3,A ward " + suffix + ",,-1.4142,-1.4142,Withheld (fewer than 5 people)")
			.doesNotContain(",1.5");
	}

	@Test
	void badWeightsAndAMissingOrTakenNameAreRefusedOnThePageWithNothingSaved() throws Exception {
		int before = jdbc.queryForObject("select count(*) from need_scenario", Integer.class);
		Document wrong = Jsoup.parse(mvc.perform(save("Wrong " + suffix, crime, "lots", rank, "-1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select(".govuk-error-summary a").eachText()).contains(
				"Enter the weight for Crime " + suffix + " as a number from 0 to 100, like 1 or 2.5",
				"Enter the weight for Deprivation " + suffix + " as a number from 0 to 100, like 1 or 2.5");
		String href = wrong.select(".govuk-error-summary a").first().attr("href");
		assertThat(wrong.select(href)).as("the summary links to the weight's box").hasSize(1);
		assertThat(wrong.select(href).attr("value")).isIn("lots", "-1");

		Document noName = Jsoup.parse(mvc.perform(save(" ", crime, "1")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(noName.select(".govuk-error-summary a").eachText()).containsExactly("Enter a name for the need index");
		assertThat(noName.select("#ranking")).as("the ranking is still shown").hasSize(1);

		Document noWeight = Jsoup.parse(mvc.perform(save("No weight " + suffix, crime, "0")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(noWeight.select(".govuk-error-summary a").eachText()).containsExactly("Give at least one indicator a weight above 0");

		mvc.perform(save("Taken " + suffix, crime, "1")).andExpect(status().is3xxRedirection());
		Document taken = Jsoup.parse(mvc.perform(save("taken " + suffix, crime, "1")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(taken.select(".govuk-error-summary a").eachText())
			.containsExactly("A need index called taken " + suffix + " is already saved: choose another name");
		assertThat(jdbc.queryForObject("select count(*) from need_scenario", Integer.class)).isEqualTo(before + 1);
	}

	@Test
	void thePagesCostTheSameStatementsWhateverTheNumberOfWards() throws Exception {
		String location = mvc.perform(save("Statements " + suffix, crime, "2", rank, "1"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		int[] before = { statements(location), statements("/rollout") };
		ward("E");
		figure("E", crime, "2022-01-01", 9, null);
		figure("E", rank, "2019-01-01", 4, null);
		assertThat(new int[] { statements(location), statements("/rollout") }).containsExactly(before);
		assertThat(before[0]).as("the saved index: three statements and the session's").isLessThanOrEqualTo(8);
	}

	@Test
	void onlyTheHeadOfServiceBuildsAnIndex() throws Exception {
		mvc.perform(get("/rollout/scenarios/new").with(user(users.loadUserByUsername("scrutiny")))).andExpect(status().isForbidden());
		Document home = page("/rollout", "scrutiny");
		assertThat(home.select("#build")).isEmpty();
		assertThat(page("/rollout", "head").select("#build")).hasSize(1);
		mvc.perform(get("/rollout/scenarios/999999999").with(user(users.loadUserByUsername("viewer")))).andExpect(status().isNotFound());
	}

	private String csv(String scenario) throws Exception {
		return mvc.perform(get(scenario + "/export").param("format", "csv").with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int statements(String path) throws Exception {
		StatementCounter.reset();
		mvc.perform(get(path).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private MockHttpServletRequestBuilder save(String name, String... codesAndWeights) {
		MockHttpServletRequestBuilder request = post("/rollout/scenarios").with(user(users.loadUserByUsername("head")))
			.with(csrf()).param("name", name).param("method", "Z_SCORE");
		for (int i = 0; i < codesAndWeights.length; i += 2) {
			request.param("weights[" + i / 2 + "].code", codesAndWeights[i]).param("weights[" + i / 2 + "].weight",
					codesAndWeights[i + 1]);
		}
		return request;
	}

	private Document page(String path, String username) throws Exception {
		SignedInUser signedIn = (SignedInUser) users.loadUserByUsername(username);
		return Jsoup.parse(mvc.perform(get(path).with(user(signedIn))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<List<String>> rows(Document page, String table) {
		return page.select(table + " tbody tr").stream().map(row -> row.select("th, td").eachText()).toList();
	}

	private String name(String ward) {
		return ward + " ward " + suffix;
	}

	private void ward(String ward) {
		jdbc.update("insert into ward (name, population, children) values (?, 1000, 200)", name(ward));
	}

	private void measure(String code, String name, String unit, String direction) {
		jdbc.update("""
				insert into ward_measure (code, name, unit, need_direction, period_months, source, position)
				values (?, ?, ?, ?, 12, 'Test', 0)""", code, name, unit, direction);
	}

	private void figure(String ward, String code, String period, double value, Integer people) {
		jdbc.update("""
				insert into ward_figure (ward_id, ward_measure_id, period, value, people_count)
				select w.id, m.id, ?::date, ?, ? from ward w, ward_measure m where w.name = ? and m.code = ?""", period,
				value, people, name(ward), code);
	}
}

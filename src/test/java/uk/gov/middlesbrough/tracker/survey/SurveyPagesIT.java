package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

class SurveyPagesIT extends IntegrationTest {

	private static final Instant LONG_AGO = Instant.parse("2022-01-01T09:00:00Z");

	@Autowired
	UserDetailsService users;

	private SurveyFixtures fixtures;
	private long locality;

	@BeforeEach
	void locality() {
		fixtures = new SurveyFixtures(jdbc);
		locality = fixtures.locality("Survey Ward " + System.nanoTime());
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private String page(long localityId, String username) throws Exception {
		return mvc.perform(get("/localities/{id}/surveys", localityId).with(user(as(username))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theSurveyPagesShowEveryOneOfThePapersTwelveFiguresExactlyAsThePapersWriteThem() throws Exception {
		String newport = page(localityId("Newport"), "viewer");
		assertFigures(newport, "safe_day", "31.18", "35.49", "68.65");
		assertFigures(newport, "safe_dark", "9.68", "12.9", "48.98");
		String northOrmesby = page(localityId("North Ormesby"), "viewer");
		assertFigures(northOrmesby, "safe_day", "32.61", "51.51", "77.14");
		assertFigures(northOrmesby, "safe_dark", "13.04", "21.21", "31.42");

		assertThat(newport).doesNotContain("12.90", ">13%<", "9.680");
		assertThat(text(section(newport, "safe_dark"))).contains("Feeling safe after dark",
				"In Newport: 9.68% in September 2020, 12.9% in March 2021 and 48.98% in September 2021.",
				"Up 36.08 points since March 2021: cannot tell: sample size not recorded",
				"Up 39.3 points from September 2020 to September 2021 (cannot tell: sample size not recorded).");
		// No sample size in the papers: no interval and no verdict on any of their waves, only the words.
		String day = section(northOrmesby, "safe_day");
		assertThat(text(row(day, "September 2020"))).contains("Sample size not recorded", "First result");
		assertThat(text(row(day, "March 2021"))).contains("Sample size not recorded",
				"Up 18.9 points since September 2020: cannot tell: sample size not recorded");
		assertThat(text(row(day, "September 2021"))).contains("Sample size not recorded",
				"Up 25.63 points since March 2021: cannot tell: sample size not recorded")
			.doesNotContain("statistically significant", "not significant", "% to ");
	}

	/** The table row of one wave. */
	private static String row(String table, String wave) {
		int start = table.indexOf(">" + wave + "</th>");
		assertThat(start).as("a row for " + wave).isPositive();
		return table.substring(start, table.indexOf("</tr>", start));
	}

	/** In the question's table, each wave's row carries its figure, in the papers' order. */
	private static void assertFigures(String html, String code, String september2020, String march2021, String september2021) {
		String table = section(html, code);
		assertThat(percentIn(table, "September 2020")).isEqualTo(september2020 + "%");
		assertThat(percentIn(table, "March 2021")).isEqualTo(march2021 + "%");
		assertThat(percentIn(table, "September 2021")).isEqualTo(september2021 + "%");
	}

	private static String percentIn(String table, String wave) {
		Matcher matcher = Pattern.compile(">" + wave + "</th>\\s*<td[^>]*>[^<]*</td>\\s*<td class=\"[^\"]*app-survey-percent\"[^>]*>([^<]*)</td>")
			.matcher(table);
		assertThat(matcher.find()).as("a row for " + wave).isTrue();
		return matcher.group(1);
	}

	private static String section(String html, String code) {
		int start = html.indexOf("id=\"question-" + code + "\"");
		assertThat(start).as("the section of question " + code).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" :", ":").replace(" .", ".").replace(" ,", ",")
			.replace("( ", "(").replace(" )", ")");
	}

	@Test
	void aWaveWithASampleSizeGetsAnIntervalAndAVerdictOnItsChange() throws Exception {
		long before = fixtures.wave(locality, "March 2021", LocalDate.of(2021, 3, 1), 93, LONG_AGO);
		fixtures.result(before, "safe_day", "31.18", null, LONG_AGO);

		String location = mvc.perform(post("/localities/{id}/surveys/waves", locality).with(user(as("head"))).with(csrf())
				.param("name", "  September   2021 ").param("fieldworkDate.day", "30").param("fieldworkDate.month", "9")
				.param("fieldworkDate.year", "2021").param("respondents", "185").param("source", "Resident survey report"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/localities/" + locality + "/surveys");
		long wave = jdbc.queryForObject("select id from survey_wave where locality_id = ? and name = 'September 2021'", Long.class,
				locality);
		long question = fixtures.question("safe_day");

		mvc.perform(post("/localities/{id}/surveys/waves/{w}/questions/{q}", locality, wave, question).with(user(as("head")))
				.with(csrf()).param("percentage", "68.65").param("respondents", "").param("version", ""))
			.andExpect(redirectedUrl("/localities/" + locality + "/surveys#question-safe_day"));

		String html = text(section(page(locality, "viewer"), "safe_day"));
		// 68.65 % of the wave's 185 respondents: Wilson 0.61643095 to 0.74898139 (WilsonIntervalTests' method) → 61.6 % to 74.9 %.
		// 31.18 % of 93 → 68.65 % of 185: z = 5.94, p ≈ 2.8 × 10⁻⁹ (TwoProportionTestTests) → significant.
		assertThat(html).contains("68.65%", "185 (whole wave)", "61.6% to 74.9%", "22.7% to 41.2%",
				"Up 37.47 points since March 2021: statistically significant");
	}

	@Test
	void correctingAFigureKeepsTheOldOneAndAStaleCorrectionIsRefusedShowingTheNewerFigure() throws Exception {
		long wave = fixtures.wave(locality, "March 2021", LocalDate.of(2021, 3, 1), null, LONG_AGO);
		long result = fixtures.result(wave, "safe_dark", "12.9", null, LONG_AGO);
		long question = fixtures.question("safe_dark");
		String path = "/localities/" + locality + "/surveys/waves/" + wave + "/questions/" + question;

		mvc.perform(get(path).with(user(as("head"))))
			.andExpect(content().string(containsString("Correct a survey result")))
			.andExpect(content().string(containsString("value=\"12.9\"")));
		mvc.perform(post(path).with(user(as("head"))).with(csrf()).param("percentage", "13.9").param("respondents", "93")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(path).with(user(as("head"))).with(csrf()).param("percentage", "14.5").param("respondents", "")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else recorded or corrected this figure while you were editing")))
			.andExpect(content().string(containsString("13.9%")));

		assertThat(jdbc.queryForMap("select percentage_agreeing::text as p, respondents, version from survey_result where id = ?", result))
			.containsEntry("p", "13.90").containsEntry("respondents", 93).containsEntry("version", 1L);
		assertThat(jdbc.queryForList("""
				select kind || ' ' || coalesce(old_percentage_agreeing::text, '-') || ' ' || percentage_agreeing || ' '
				       || coalesce(old_respondents::text, '-') || ' ' || coalesce(respondents::text, '-') || ' ' || recorded_by
				from survey_result_history where survey_result_id = ? order by id""", String.class, result))
			.containsExactly("RECORDED - 12.90 - - fixture", "CORRECTED 12.90 13.90 - 93 head");
		String corrections = mvc.perform(get("/localities/{id}/surveys", locality).with(user(as("viewer")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(text(corrections.substring(corrections.indexOf("id=\"corrections\"")))).contains("head March 2021 Feeling safe after dark 12.9% 13.9% of 93 Form");
	}

	@Test
	void refusesBadFiguresWithMessagesBesideTheFields() throws Exception {
		long wave = fixtures.wave(locality, "March 2021", LocalDate.of(2021, 3, 1), null, LONG_AGO);
		long question = fixtures.question("safe_day");
		String path = "/localities/" + locality + "/surveys/waves/" + wave + "/questions/" + question;
		mvc.perform(post(path).with(user(as("head"))).with(csrf()).param("percentage", "100.5").param("respondents", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#percentage\">Percentage agreeing must be between 0 and 100</a>")))
			.andExpect(content().string(containsString("href=\"#respondents\">Number of respondents must be 1 or more</a>")));
		mvc.perform(post(path).with(user(as("head"))).with(csrf()).param("percentage", "31.185").param("respondents", "9.5"))
			.andExpect(content().string(containsString("Percentage agreeing must have no more than 2 decimal places")))
			.andExpect(content().string(containsString("Number of respondents must be a whole number")));
		mvc.perform(post(path).with(user(as("head"))).with(csrf()).param("percentage", "").param("respondents", ""))
			.andExpect(content().string(containsString("href=\"#percentage\">Enter the percentage agreeing</a>")));
		mvc.perform(post(path).with(user(as("head"))).with(csrf()).param("percentage", "abc"))
			.andExpect(content().string(containsString("Percentage agreeing must be a number, like 31.18")));
		assertThat(jdbc.queryForObject("select count(*) from survey_result where survey_wave_id = ?", Integer.class, wave)).isZero();
	}

	@Test
	void refusesABadWaveAndASecondWaveOfTheSameName() throws Exception {
		fixtures.wave(locality, "March 2021", LocalDate.of(2021, 3, 1), null, LONG_AGO);
		LocalDate tomorrow = LocalDate.now(uk.gov.middlesbrough.tracker.web.AsOf.UK).plusDays(1);
		mvc.perform(post("/localities/{id}/surveys/waves", locality).with(user(as("head"))).with(csrf())
				.param("name", "").param("fieldworkDate.day", String.valueOf(tomorrow.getDayOfMonth()))
				.param("fieldworkDate.month", String.valueOf(tomorrow.getMonthValue()))
				.param("fieldworkDate.year", String.valueOf(tomorrow.getYear())).param("respondents", "none"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#name\">Enter the name of the wave</a>")))
			.andExpect(content().string(containsString("href=\"#fieldworkDate\">The fieldwork date must be today or in the past</a>")))
			.andExpect(content().string(containsString("href=\"#respondents\">Number of respondents must be a whole number")));
		mvc.perform(post("/localities/{id}/surveys/waves", locality).with(user(as("head"))).with(csrf())
				.param("name", "march 2021").param("fieldworkDate.day", "31").param("fieldworkDate.month", "2")
				.param("fieldworkDate.year", "2021"))
			.andExpect(content().string(containsString("href=\"#fieldworkDate\">The fieldwork date must be a real date</a>")));
		mvc.perform(post("/localities/{id}/surveys/waves", locality).with(user(as("head"))).with(csrf())
				.param("name", "march 2021").param("fieldworkDate.day", "1").param("fieldworkDate.month", "3")
				.param("fieldworkDate.year", "2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#name\">This locality already has a survey wave with this name</a>")));
		assertThat(jdbc.queryForObject("select count(*) from survey_wave where locality_id = ?", Integer.class, locality)).isOne();
	}

	@Test
	void aManagerEntersFiguresForTheirOwnLocalityOnlyAndReadersAreOfferedNoForms() throws Exception {
		long newport = localityId("Newport");
		mvc.perform(get("/localities/{id}/surveys", newport).with(user(as("newport.manager"))))
			.andExpect(content().string(containsString("id=\"add-wave\"")))
			.andExpect(content().string(containsString("Correct<span class=\"govuk-visually-hidden\"> the result for")));
		mvc.perform(get("/localities/{id}/surveys", locality).with(user(as("newport.manager"))))
			.andExpect(content().string(not(containsString("id=\"add-wave\""))));
		mvc.perform(get("/localities/{id}/surveys", newport).with(user(as("scrutiny"))))
			.andExpect(content().string(not(containsString("id=\"add-wave\""))))
			.andExpect(content().string(not(containsString("Correct<span class=\"govuk-visually-hidden\"> the result for"))));
		mvc.perform(post("/localities/{id}/surveys/waves", locality).with(user(as("newport.manager"))).with(csrf())
				.param("name", "Not mine").param("fieldworkDate.day", "1").param("fieldworkDate.month", "3")
				.param("fieldworkDate.year", "2021"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from survey_wave where locality_id = ?", Integer.class, locality)).isZero();
	}

	@Test
	void theChartIsAnSvgImageWithItsOwnPolicy() throws Exception {
		mvc.perform(get("/localities/{id}/surveys/chart.svg", localityId("Newport")).param("question",
				String.valueOf(fixtures.question("safe_day"))).with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/svg+xml"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andExpect(content().string(containsString("<svg")));
		mvc.perform(get("/localities/{id}/surveys/chart.svg", localityId("Newport")).param("question", "987654")
				.with(user(as("viewer"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theIndexLinksEveryLocalitysSurveyPageAndListsTheQuestionCodes() throws Exception {
		mvc.perform(get("/surveys").with(user(as("viewer"))))
			.andExpect(content().string(containsString("href=\"/localities/" + localityId("Newport") + "/surveys\"")))
			.andExpect(content().string(containsString("href=\"/localities/" + localityId("North Ormesby") + "/surveys\"")))
			.andExpect(content().string(containsString("safe_dark")))
			.andExpect(content().string(not(containsString("id=\"import-results\""))));
	}

	@Test
	void theHeadAddsAQuestionWhoseCodeMustBeNewAndWellFormed() throws Exception {
		String code = "q" + System.nanoTime();
		mvc.perform(post("/surveys/questions").with(user(as("head"))).with(csrf()).param("text", "Satisfied with the area " + code)
				.param("code", code))
			.andExpect(redirectedUrl("/surveys"));
		mvc.perform(post("/surveys/questions").with(user(as("head"))).with(csrf()).param("text", "Another wording " + code)
				.param("code", code))
			.andExpect(content().string(containsString("href=\"#code\">Another question already has this code</a>")));
		mvc.perform(post("/surveys/questions").with(user(as("head"))).with(csrf()).param("text", "Bad code").param("code", "Bad Code"))
			.andExpect(content().string(containsString("The code must use only lower-case letters, digits and underscores")));
		mvc.perform(post("/surveys/questions").with(user(as("newport.manager"))).with(csrf()).param("text", "x").param("code", "x"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from survey_question where code = ?", Integer.class, code)).isOne();
	}

	@Test
	void theSurveyPageCostsTheSameStatementsWithOneWaveOrTwelveWavesAndCorrections() throws Exception {
		long wave = fixtures.wave(locality, "Wave 0", LocalDate.of(2020, 1, 1), null, LONG_AGO);
		fixtures.result(wave, "safe_day", "10", null, LONG_AGO);
		int small = statementsFor(locality);

		for (int i = 1; i <= 12; i++) {
			long more = fixtures.wave(locality, "Wave " + i, LocalDate.of(2020, 1, 1).plusMonths(i), 100 + i, LONG_AGO);
			for (String code : List.of("safe_day", "safe_dark")) {
				long result = fixtures.result(more, code, String.valueOf(20 + i), null, LONG_AGO);
				fixtures.correct(result, String.valueOf(21 + i), 90, LONG_AGO.plusSeconds(60));
			}
		}
		int large = statementsFor(locality);
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(7);
	}

	private int statementsFor(long localityId) throws Exception {
		UserDetails viewer = as("viewer");
		StatementCounter.reset();
		mvc.perform(get("/localities/{id}/surveys", localityId).with(user(viewer))).andExpect(status().isOk());
		return StatementCounter.count();
	}
}

package uk.gov.middlesbrough.tracker.indicator;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

class IndicatorPagesIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private IndicatorFixtures fixtures;
	private long northOrmesby;
	private long newport;

	@BeforeEach
	void data() {
		fixtures = new IndicatorFixtures(jdbc);
		northOrmesby = localityId("North Ormesby");
		newport = localityId("Newport");
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private long demo(String code) {
		return jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
	}

	@Test
	void theLibraryListsEveryIndicatorAndOffersAddingOnlyToTheHeadAndAdministrators() throws Exception {
		mvc.perform(get("/indicators").with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/indicators/" + demo("asb-incidents") + "\">Anti-social behaviour incidents</a>")))
			.andExpect(content().string(containsString("Lower is better")))
			.andExpect(content().string(containsString("Monthly")))
			.andExpect(content().string(not(containsString("id=\"add-indicator\""))))
			.andExpect(content().string(not(containsString("id=\"import-measurements\""))));
		mvc.perform(get("/indicators").with(user(as("admin"))))
			.andExpect(content().string(containsString("id=\"add-indicator\"")));
		mvc.perform(get("/indicators").with(user(as("newport.manager"))))
			.andExpect(content().string(not(containsString("id=\"add-indicator\""))))
			.andExpect(content().string(containsString("id=\"import-measurements\"")));
	}

	@Test
	void theAntiSocialBehaviourPageShowsThePapersFiguresTrendAndCorrection() throws Exception {
		long asb = demo("asb-incidents");
		mvc.perform(get("/indicators/{id}", asb).with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9 (January 2022)")))
			// January 2022 9 against December 2021 12: |−3| > tolerance 2, lower is better → improving, arrow down; read
			// today, long after February's figure was due, it says so and calls nothing current.
			.andExpect(content().string(containsString("↓ </span>Was improving at the last figure")))
			.andExpect(content().string(containsString(">Figure overdue</strong>")))
			.andExpect(content().string(containsString("Down from 12 in December 2021; lower is better")))
			// The whole series in words: 13 monthly figures, 35 five times, 50 from June to August, then down to 9.
			.andExpect(content().string(containsString("13 figures, January 2021 to January 2022. Lowest 9 in January 2022, "
					+ "highest 50 in June 2021. Latest change 12 to 9: lower is better, so improving.")))
			// 9 ≤ target 20 → on target.
			.andExpect(content().string(containsString(">Met the target at the last figure</strong>")))
			.andExpect(content().string(containsString("&quot;a peak of 50 events in June/July/August 2021&quot;")))
			.andExpect(content().string(containsString("class=\"app-chart\" loading=\"lazy\" width=\"600\" height=\"300\" id=\"chart-"
					+ northOrmesby + "\"")))
			.andExpect(content().string(containsString("src=\"/indicators/" + asb + "/chart.svg?locality=" + northOrmesby + "\"")))
			.andExpect(content().string(containsString("14 to 12")))
			.andExpect(content().string(not(containsString("id=\"measurement-form\""))));
	}

	@Test
	void thePapersFiguresAppearExactly() throws Exception {
		page("early-help-children").andExpect(content().string(containsString("7.54% (17 January 2022)")));
		page("children-in-need").andExpect(content().string(containsString("3.83% (17 January 2022)")));
		page("child-protection-plans").andExpect(content().string(containsString("1.69% (17 January 2022)")));
		page("children-looked-after").andExpect(content().string(containsString("6.62% (17 January 2022)")))
			// 6.62 against the illustrative target 5: shortfall 1.62 > tolerance 0.25.
			.andExpect(content().string(containsString("misses the target by 1.62%, more than the tolerance of 0.25%")));
		page("childrens-centre-families").andExpect(content().string(containsString(">181<")))
			.andExpect(content().string(containsString("245 (2021)"))).andExpect(content().string(containsString(">628<")))
			.andExpect(content().string(containsString("878 (2021)")))
			.andExpect(content().string(containsString(
					"2 figures, 2020 to 2021: 181 in 2020; 245 in 2021. Latest change 181 to 245: higher is better, so improving.")));
		page("childrens-centre-contacts").andExpect(content().string(containsString(">5,700<")))
			.andExpect(content().string(containsString("5,983 (2021)"))).andExpect(content().string(containsString(">3,335<")))
			// 3,335 → 3,345: +10 ≤ tolerance 50 → no change.
			.andExpect(content().string(containsString("3,345 (2021)")))
			.andExpect(content().string(containsString("2 figures, 2020 to 2021: 3,335 in 2020; 3,345 in 2021. "
					+ "Latest change 3,335 to 3,345: within the tolerance of 50, so no change.")));
		page("owner-occupiers").andExpect(content().string(containsString("Illustrative demo data (the papers give no figures)")));
	}

	private org.springframework.test.web.servlet.ResultActions page(String code) throws Exception {
		return mvc.perform(get("/indicators/{id}", demo(code)).with(user(as("viewer")))).andExpect(status().isOk());
	}

	@Test
	void theChartIsAnSvgImageWithItsOwnPolicy() throws Exception {
		mvc.perform(get("/indicators/{id}/chart.svg", demo("asb-incidents")).param("locality", String.valueOf(northOrmesby))
				.with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'unsafe-inline'")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Target 20")));
	}

	@Test
	void theHeadAddsAnIndicatorAfterFixingTheErrors() throws Exception {
		mvc.perform(indicatorForm(post("/indicators"), "Bad Code", "", "PERCENTAGE", "101", "-1").with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#code\">The code must only include lower-case letters")))
			.andExpect(content().string(containsString("href=\"#name\">Enter the indicator’s name</a>")))
			.andExpect(content().string(containsString("href=\"#target\">Enter a percentage from 0 to 100")))
			.andExpect(content().string(containsString("href=\"#tolerance\">Tolerance must be 0 or more</a>")));
		String code = "fly-tipping-" + System.nanoTime();
		String location = mvc.perform(indicatorForm(post("/indicators"), code, "Fly-tipping reports " + code, "COUNT", "30", "2")
				.with(user(as("head"))))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/indicators/" + demo(code));
		assertThat(jdbc.queryForObject("select target from indicator where code = ?", Integer.class, code)).isEqualTo(30);
		mvc.perform(indicatorForm(post("/indicators"), code, "Another name", "COUNT", "30", "2").with(user(as("head"))))
			.andExpect(content().string(containsString("Another indicator already has this code")));
	}

	@Test
	void onlyTheHeadAndAdministratorsMayChangeTheLibrary() throws Exception {
		mvc.perform(get("/indicators/new").with(user(as("newport.manager")))).andExpect(status().isForbidden());
		mvc.perform(indicatorForm(post("/indicators"), "not-allowed", "Not allowed", "COUNT", "1", "0")
				.with(user(as("scrutiny")))).andExpect(status().isForbidden());
		assertThat(fixtures.count("select count(*) from indicator where code = 'not-allowed'")).isZero();
	}

	@Test
	void aStaleEditIsRefusedAndShowsTheLatestValues() throws Exception {
		long id = fixtures.indicator("stale-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "10", "1");
		String code = jdbc.queryForObject("select code from indicator where id = ?", String.class, id);
		mvc.perform(indicatorForm(post("/indicators/{id}", id), code, "First editor's name", "COUNT", "12", "1").param("version", "0")
				.with(user(as("head"))))
			.andExpect(redirectedUrl("/indicators/" + id));
		mvc.perform(indicatorForm(post("/indicators/{id}", id), code, "Second editor's name", "COUNT", "8", "1").param("version", "0")
				.with(user(as("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this indicator")))
			.andExpect(content().string(containsString("First editor&#39;s name")));
		assertThat(jdbc.queryForObject("select name from indicator where id = ?", String.class, id)).isEqualTo("First editor's name");
	}

	@Test
	void theUnitCannotChangeOnceFiguresAreRecorded() throws Exception {
		long id = fixtures.indicator("locked-unit-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", null, "0");
		fixtures.figure(id, northOrmesby, LocalDate.of(2021, 1, 31), "35", null, Instant.now());
		String code = jdbc.queryForObject("select code from indicator where id = ?", String.class, id);
		mvc.perform(indicatorForm(post("/indicators/{id}", id), code, "Locked " + code, "PERCENTAGE", "", "0").param("version", "0")
				.with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#unit\">The unit cannot be changed because figures are already recorded")));
	}

	@Test
	void aManagerEntersAFigureForTheirLocalityThenCorrectsItAndTheOldValueIsKept() throws Exception {
		long id = fixtures.indicator("entered-" + System.nanoTime(), "PERCENTAGE", "LOWER_IS_BETTER", "5", "0.25");
		mvc.perform(get("/indicators/{id}", id).with(user(as("northormesby.manager"))))
			.andExpect(content().string(containsString("id=\"measurement-form\"")))
			.andExpect(content().string(not(containsString(">Newport</option>"))));
		mvc.perform(figure(id, northOrmesby, "31", "12", "2021", "6.62", "Scrutiny panel minutes, 17 January 2022")
				.with(user(as("northormesby.manager"))))
			.andExpect(redirectedUrl("/indicators/" + id));
		mvc.perform(figure(id, northOrmesby, "31", "12", "2021", "6.5", "").param("note", "Recount by Children's Social Care")
				.with(user(as("northormesby.manager"))))
			.andExpect(redirectedUrl("/indicators/" + id));
		assertThat(jdbc.queryForList("""
				select r.kind || ' ' || coalesce(r.old_value::text, '-') || ' ' || r.value || ' ' || r.source_reference
				from measurement_revision r join measurement m on m.id = r.measurement_id
				where m.indicator_id = ? order by r.id""", String.class, id))
			.containsExactly("RECORDED - 6.62 Scrutiny panel minutes, 17 January 2022",
					"CORRECTED 6.62 6.50 Scrutiny panel minutes, 17 January 2022");
		mvc.perform(get("/indicators/{id}", id).with(user(as("viewer"))))
			.andExpect(content().string(containsString("6.5% (December 2021)")))
			.andExpect(content().string(containsString("6.62% to 6.5%")))
			.andExpect(content().string(containsString("Recount by Children&#39;s Social Care")));
	}

	@Test
	void aManagerCannotEnterAnotherLocalitysFigure() throws Exception {
		long id = fixtures.indicator("not-mine-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", null, "0");
		mvc.perform(figure(id, northOrmesby, "31", "1", "2022", "9", "").with(user(as("newport.manager"))))
			.andExpect(status().isForbidden());
		mvc.perform(figure(id, northOrmesby, "31", "1", "2022", "9", "").with(user(as("police.lead"))))
			.andExpect(status().isForbidden());
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", id)).isZero();
	}

	@Test
	void aNewMonthlyFigureMustBeDatedTheLastDayOfItsMonthButAnOldMidMonthFigureCanBeCorrected() throws Exception {
		long id = fixtures.indicator("month-end-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", null, "0");
		mvc.perform(figure(id, northOrmesby, "15", "10", "2026", "9", "").with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"#period\">A monthly figure is dated the last day of its month, for example 31 October 2026</a>")));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", id)).isZero();
		// Figures entered before the rule (the papers' quarterly figures are dated 17 January 2022) can still be corrected.
		fixtures.figure(id, northOrmesby, LocalDate.of(2022, 1, 17), "35", null, Instant.now());
		mvc.perform(figure(id, northOrmesby, "17", "1", "2022", "34", "Recount").with(user(as("head"))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(figure(id, northOrmesby, "31", "10", "2026", "9", "").with(user(as("head"))))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", id)).isEqualTo(2);
	}

	@Test
	void refusesAValueOutsideTheUnitsRangeAndAFuturePeriod() throws Exception {
		long id = fixtures.indicator("range-" + System.nanoTime(), "PERCENTAGE", "HIGHER_IS_BETTER", null, "0");
		LocalDate nextYear = LocalDate.now().plusYears(1);
		mvc.perform(figure(id, northOrmesby, "31", "12", String.valueOf(nextYear.getYear()), "101", "").with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#period\">The period must be today or in the past</a>")))
			.andExpect(content().string(containsString("href=\"#value\">Enter a percentage from 0 to 100 with up to 2 decimal places")));
		mvc.perform(figure(id, northOrmesby, "31", "12", "2021", "", "").with(user(as("head"))))
			.andExpect(content().string(containsString("href=\"#value\">Enter the value</a>")));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", id)).isZero();
	}

	@Test
	void theIndicatorPageCostsTheSameStatementsWithTwoOrSixtyFigures() throws Exception {
		long small = fixtures.indicator("small-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "2");
		long large = fixtures.indicator("large-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "2");
		fixtures.figure(small, northOrmesby, LocalDate.of(2021, 1, 31), "35", "a", Instant.now());
		fixtures.figure(small, northOrmesby, LocalDate.of(2021, 2, 28), "34", "a", Instant.now());
		long third = fixtures.locality("Statement Count Ward");
		for (long locality : List.of(northOrmesby, newport, third)) {
			for (int month = 1; month <= 12; month++) {
				LocalDate period = LocalDate.of(2021, month, 1).plusMonths(1).minusDays(1);
				fixtures.figure(large, locality, period, String.valueOf(30 + month), "s", Instant.now().minusSeconds(60));
				fixtures.correct(large, locality, period, String.valueOf(31 + month), "fixed", Instant.now());
			}
		}
		int smallCount = statementsFor("/indicators/" + small, "head");
		int largeCount = statementsFor("/indicators/" + large, "head");
		// The indicator, whether anything was recorded since (today's view), every locality's latest two figures, the
		// full history and corrections of the localities shown in full, and the session's.
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(8);
		assertThat(statementsFor("/indicators", "viewer")).isLessThanOrEqualTo(3);
	}

	private int statementsFor(String path, String username) throws Exception {
		UserDetails user = as(username);
		StatementCounter.reset();
		mvc.perform(get(path).with(user(user))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private static MockHttpServletRequestBuilder indicatorForm(MockHttpServletRequestBuilder request, String code, String name,
			String unit, String target, String tolerance) {
		return request.with(csrf()).param("code", code).param("name", name).param("unit", unit)
			.param("polarity", "LOWER_IS_BETTER").param("frequency", "MONTHLY").param("source", "Cleveland Police")
			.param("target", target).param("tolerance", tolerance);
	}

	private static MockHttpServletRequestBuilder figure(long indicatorId, long localityId, String day, String month, String year,
			String value, String source) {
		return post("/indicators/{id}/measurements", indicatorId).with(csrf()).param("localityId", String.valueOf(localityId))
			.param("period.day", day).param("period.month", month).param("period.year", year).param("value", value)
			.param("sourceReference", source);
	}
}

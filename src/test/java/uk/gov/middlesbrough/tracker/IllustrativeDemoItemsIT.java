package uk.gov.middlesbrough.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultMatcher;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * What the demo data invents (the papers do not give it) is marked "Illustrative" where it is shown, with the mark
 * explained once on the page; what is recorded through the application never is. Newport's Children's Centre figures
 * say that the centre also covers other wards, wherever they are shown.
 */
class IllustrativeDemoItemsIT extends IntegrationTest {

	private static final String TAG = ">Illustrative</strong>";
	private static final String NOTE = "Items marked Illustrative are invented for the demonstration; the papers do not give them.";
	private static final String CENTRE = "West Middlesbrough Children&#39;s Centre&#39;s figures: the centre covers Newport and other wards too";

	@Autowired
	UserDetailsService users;

	private UserDetails head() {
		return users.loadUserByUsername("head");
	}

	private static ResultMatcher shows(String text) {
		return content().string(containsString(text));
	}

	private static ResultMatcher lacks(String text) {
		return content().string(not(containsString(text)));
	}

	private long demoPlan(String locality, int position) {
		return jdbc.queryForObject("""
				select p.id from action_plan p join locality l on l.id = p.locality_id join plan_theme t on t.id = p.plan_theme_id
				where l.name = ? and t.position = ?""", Long.class, locality, position);
	}

	/** A locality added through the app (with its nine plans), and an action added to its first plan. */
	private long[] localityAndActionThroughTheApp() throws Exception {
		String name = "Marked Ward " + System.nanoTime();
		mvc.perform(post("/localities").with(user(head())).with(csrf())
				.param("name", name).param("ward", name).param("status", "ROLL_OUT")
				.param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2023")
				.param("partnerOrganisations", "Cleveland Police"))
			.andExpect(status().is3xxRedirection());
		long localityId = localityId(name);
		long planId = demoPlan(name, 1);
		String location = mvc.perform(post("/plans/{id}/actions", planId).with(user(head())).with(csrf())
				.param("specific", "Walk the ward with residents").param("measure", "Walks").param("targetValue", "4 walks")
				.param("ownerPost", "PCSO").param("relevantObjective", "Feel safe").param("weight", "1")
				.param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2025")
				.param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", String.valueOf(LocalDate.now().getYear() + 1)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post("/plans/{id}/reviews", planId).with(user(head())).with(csrf())
				.param("reviewedOn.day", "2").param("reviewedOn.month", "1").param("reviewedOn.year", "2025")
				.param("notes", "Reviewed with the police"))
			.andExpect(status().is3xxRedirection());
		return new long[] { localityId, planId, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)) };
	}

	@Test
	void demoActionsReviewsAndPlanFiguresAreMarkedAndThoseRecordedInTheAppAreNot() throws Exception {
		long safe = demoPlan("North Ormesby", 1);
		long demoAction = jdbc.queryForObject("select min(id) from plan_action where action_plan_id = ?", Long.class, safe);
		long[] added = localityAndActionThroughTheApp();
		assertThat(jdbc.queryForObject("select count(*) from plan_review where action_plan_id = ?", Integer.class, added[1]))
			.as("the review recorded through the app").isEqualTo(1);

		String planPage = mvc.perform(get("/plans/{id}", safe).with(user(head())))
			.andExpect(shows(NOTE)).andReturn().getResponse().getContentAsString();
		// The completion, each of the seven actions and each of the six recent reviews.
		assertThat(planPage.split(TAG, -1).length - 1).isGreaterThanOrEqualTo(1 + 7 + 6);
		mvc.perform(get("/plans/{id}", added[1]).with(user(head()))).andExpect(lacks(TAG)).andExpect(lacks(NOTE))
			.andExpect(shows("Walk the ward with residents")).andExpect(shows("Reviewed with the police"));

		mvc.perform(get("/actions/{id}", demoAction).with(user(head())))
			.andExpect(shows("id=\"action-illustrative\"")).andExpect(shows(NOTE));
		mvc.perform(get("/actions/{id}", added[2]).with(user(head()))).andExpect(lacks(TAG)).andExpect(lacks(NOTE));

		long northOrmesby = localityId("North Ormesby");
		for (String path : new String[] { "/localities/%d/plans", "/localities/%d/actions", "/localities/%d/dashboard",
				"/localities/%d/dashboard?asOf=2022-03-01" }) {
			mvc.perform(get(path.formatted(northOrmesby)).with(user(head()))).andExpect(shows(TAG)).andExpect(shows(NOTE));
			mvc.perform(get(path.formatted(added[0])).with(user(head()))).andExpect(lacks(TAG)).andExpect(lacks(NOTE));
		}
		mvc.perform(get("/compare?locality={a}&locality={b}", northOrmesby, localityId("Newport")).with(user(head())))
			.andExpect(shows(TAG)).andExpect(shows(NOTE));

		// Exports: an "Illustrative" column only where a row is illustrative.
		String demoCsv = mvc.perform(get("/plans/{id}/export?format=csv", safe).with(user(head())))
			.andReturn().getResponse().getContentAsString();
		assertThat(demoCsv.lines().findFirst().orElseThrow()).endsWith(",Illustrative");
		assertThat(demoCsv.lines().skip(1)).allMatch(line -> line.endsWith(",Illustrative"));
		String addedCsv = mvc.perform(get("/plans/{id}/export?format=csv", added[1]).with(user(head())))
			.andReturn().getResponse().getContentAsString();
		assertThat(addedCsv).doesNotContain("Illustrative").contains("Walk the ward with residents");
		assertThat(mvc.perform(get("/localities/{id}/plans/export?format=csv", northOrmesby).with(user(head())))
			.andReturn().getResponse().getContentAsString().lines().findFirst().orElseThrow()).endsWith(",Illustrative");
	}

	@Test
	void hemlingtonsStartDateAndPartnersAreMarkedButALocalityAddedInTheAppIsNot() throws Exception {
		mvc.perform(get("/localities/{id}", localityId("Hemlington")).with(user(head())))
			.andExpect(shows("12 July 2022<strong class=\"govuk-tag govuk-tag--grey app-illustrative\">Illustrative</strong>"))
			.andExpect(shows(NOTE));
		mvc.perform(get("/localities/{id}", localityId("Newport")).with(user(head()))).andExpect(lacks(TAG)).andExpect(lacks(NOTE));
		long added = localityAndActionThroughTheApp()[0];
		mvc.perform(get("/localities/{id}", added).with(user(head()))).andExpect(lacks(TAG)).andExpect(lacks(NOTE));
	}

	@Test
	void theFinalReportDateStatusesAndProgressAreMarkedButAReviewAddedInTheAppIsNot() throws Exception {
		long demoReview = jdbc.queryForObject("select id from scrutiny_review where topic = ?", Long.class,
				"Locality Working from a Children's Services Perspective");
		String tracker = mvc.perform(get("/scrutiny/reviews/{id}", demoReview).with(user(head())))
			.andExpect(shows(NOTE)).andReturn().getResponse().getContentAsString();
		// The final report's date and each of the 13 recommendations' status.
		assertThat(tracker.split(TAG, -1).length - 1).isEqualTo(1 + 13);
		long recommendation = jdbc.queryForObject(
				"select id from scrutiny_recommendation where scrutiny_review_id = ? and reference = 'd'", Long.class, demoReview);
		mvc.perform(get("/scrutiny/recommendations/{id}", recommendation).with(user(head()))).andExpect(shows(TAG)).andExpect(shows(NOTE));
		String csv = mvc.perform(get("/scrutiny/reviews/{id}/export?format=csv", demoReview).with(user(head())))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",Illustrative");

		String location = mvc.perform(post("/scrutiny/reviews").with(user(head())).with(csrf())
				.param("panel", "Health Scrutiny Panel").param("topic", "Marked topic " + System.nanoTime())
				.param("finalReportOn.day", "14").param("finalReportOn.month", "3").param("finalReportOn.year", "2024"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long added = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/scrutiny/reviews/{id}/recommendations", added).with(user(head())).with(csrf())
				.param("reference", "a").param("text", "That the panel is kept informed."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/scrutiny/reviews/{id}", added).with(user(head())))
			.andExpect(shows("That the panel is kept informed.")).andExpect(lacks(TAG)).andExpect(lacks(NOTE));
		long addedRecommendation = jdbc.queryForObject(
				"select id from scrutiny_recommendation where scrutiny_review_id = ?", Long.class, added);
		mvc.perform(get("/scrutiny/recommendations/{id}", addedRecommendation).with(user(head())))
			.andExpect(lacks(TAG)).andExpect(lacks(NOTE));
		assertThat(mvc.perform(get("/scrutiny/reviews/{id}/export?format=csv", added).with(user(head())))
			.andReturn().getResponse().getContentAsString()).doesNotContain("Illustrative");
	}

	@Test
	void anIndicatorsInventedToleranceAndFrequencyAreMarkedButOneAddedInTheAppIsNot() throws Exception {
		long emptyHomes = jdbc.queryForObject("select id from indicator where code = 'long-term-empty-homes'", Long.class);
		String page = mvc.perform(get("/indicators/{id}", emptyHomes).with(user(head())))
			.andExpect(shows(NOTE)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Annual<strong").contains(">3<strong");
		String code = "marked-" + System.nanoTime();
		mvc.perform(post("/indicators").with(user(head())).with(csrf()).param("code", code).param("name", "Marked " + code)
				.param("unit", "COUNT").param("polarity", "LOWER_IS_BETTER").param("frequency", "MONTHLY")
				.param("source", "Cleveland Police").param("target", "30").param("tolerance", "2"))
			.andExpect(status().is3xxRedirection());
		long added = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
		mvc.perform(get("/indicators/{id}", added).with(user(head()))).andExpect(lacks(TAG)).andExpect(lacks(NOTE));
	}

	@Test
	void newportsChildrensCentreFiguresSayTheCentreAlsoCoversOtherWardsWhereverTheyAreShown() throws Exception {
		long families = jdbc.queryForObject("select id from indicator where code = 'childrens-centre-families'", Long.class);
		long newport = localityId("Newport");
		long northOrmesby = localityId("North Ormesby");
		mvc.perform(get("/indicators/{id}", families).with(user(head()))).andExpect(shows(CENTRE));
		mvc.perform(get("/localities/{id}/dashboard", newport).with(user(head()))).andExpect(shows(CENTRE));
		mvc.perform(get("/localities/{id}/dashboard?asOf=2022-03-01", newport).with(user(head()))).andExpect(shows(CENTRE));
		mvc.perform(get("/compare?locality={a}&locality={b}", northOrmesby, newport).with(user(head()))).andExpect(shows(CENTRE));
		mvc.perform(get("/localities/{id}/dashboard", northOrmesby).with(user(head()))).andExpect(lacks(CENTRE));
		// North Ormesby's Children's Social Care figures carry the presentation's date, which is the demo's: marked.
		long lookedAfter = jdbc.queryForObject("select id from indicator where code = 'children-looked-after'", Long.class);
		mvc.perform(get("/indicators/{id}", lookedAfter).with(user(head())))
			.andExpect(shows("the papers do not give the data&#39;s own date."))
			.andExpect(shows(TAG));
	}
}

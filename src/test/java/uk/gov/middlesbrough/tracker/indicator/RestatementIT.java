package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.pack.ChangeWindow;
import uk.gov.middlesbrough.tracker.pack.PackChange;
import uk.gov.middlesbrough.tracker.pack.PackChangeGroup;
import uk.gov.middlesbrough.tracker.pack.PackChangeSource;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The register of restatements (issue 16, item 2) with provisional figures and provenance (items 1 and 3): a
 * signed-off figure refused on the form is restated only when the head of service approves; the register keeps old
 * and new value, reason, who asked and who approved; the next pack's changes list it under "Restated since the last
 * pack" (and not again as a correction); a view as of before the approval still shows the signed-off value.
 */
class RestatementIT extends IntegrationTest {

	private static final Instant RECORDED = Instant.parse("2022-05-10T09:00:00Z");
	private static final LocalDate APRIL = LocalDate.of(2022, 4, 30);
	private static final LocalDate MAY = LocalDate.of(2022, 5, 31);

	@Autowired
	private UserDetailsService users;

	@Autowired
	private FigureSignOffs signOffs;

	@Autowired
	private RestatementRegister register;

	@Autowired
	private IndicatorQueries queries;

	@Autowired
	private LocalityQueries localities;

	@Autowired
	private List<PackChangeSource> changeSources;

	@Autowired
	private Clock clock;

	private long indicator;
	private long locality;
	private String source;

	@BeforeEach
	void aprilSignedOffMayNot() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		String suffix = Long.toString(System.nanoTime(), 36);
		indicator = fixtures.indicator("restated-" + suffix, "COUNT", "LOWER_IS_BETTER", null, "1");
		source = "Police " + suffix;
		jdbc.update("update indicator set source = ? where id = ?", source, indicator);
		locality = fixtures.locality("Restated " + suffix);
		fixtures.figure(indicator, locality, APRIL, "40", "Police return", RECORDED);
		fixtures.figure(indicator, locality, MAY, "37", "Police return", RECORDED);
		signOffs.signOff(locality, source, SignOffPeriod.month(YearMonth.of(2022, 4)), signedIn("head"));
	}

	private SignedInUser signedIn(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	private BigDecimal value(LocalDate period) {
		return jdbc.queryForObject("select value from measurement where indicator_id = ? and locality_id = ? and period = ?",
				BigDecimal.class, indicator, locality, period);
	}

	private FigureEntry april(String value) {
		return new FigureEntry(indicator, locality, APRIL, new BigDecimal(value), null, null);
	}

	@Test
	void aRefusedCorrectionOffersARestatementWhichTheHeadApprovesAndThePackListsOnce() throws Exception {
		Instant beforeApproval = clock.instant();
		mvc.perform(post("/indicators/{id}/measurements", indicator).with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("localityId", String.valueOf(locality)).param("period.day", "30").param("period.month", "4")
				.param("period.year", "2022").param("value", "43"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This figure’s period is signed off")))
			.andExpect(content().string(containsString("/restatements/new?indicator=" + indicator + "&amp;locality=" + locality
					+ "&amp;period=2022-04-30")));

		mvc.perform(get("/restatements/new").param("indicator", String.valueOf(indicator)).param("locality", String.valueOf(locality))
				.param("period", "2022-04-30").with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask for a restatement")));
		mvc.perform(post("/restatements").with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("indicatorId", String.valueOf(indicator)).param("localityId", String.valueOf(locality))
				.param("period", "2022-04-30").param("value", "43").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the reason for the restatement")));
		mvc.perform(post("/restatements").with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("indicatorId", String.valueOf(indicator)).param("localityId", String.valueOf(locality))
				.param("period", "2022-04-30").param("value", "43").param("reason", "Three incidents recorded late by the force"))
			.andExpect(redirectedUrlPattern("/restatements/*"));
		long id = jdbc.queryForObject("select id from restatement where indicator_id = ?", Long.class, indicator);
		assertThat(value(APRIL)).as("nothing changes until the head approves").isEqualByComparingTo("40");
		mvc.perform(get("/").with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Restatements to decide")))
			.andExpect(content().string(containsString("aria-label=\"Restatements waiting for your decision (1), "
					+ jdbc.queryForObject("select name from locality where id = ?", String.class, locality) + "\"")));

		mvc.perform(post("/restatements/{id}/approve", id).with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("version", "0").param("note", "Checked against the force's extract"))
			.andExpect(redirectedUrl("/restatements/" + id));

		assertThat(value(APRIL)).isEqualByComparingTo("43");
		assertThat(jdbc.queryForList("""
				select decision || ' ' || old_value || '>' || new_value || ' ' || requested_by || '/' || decided_by
				from restatement where id = ?""", String.class, id)).containsExactly("APPROVED 40.00>43.00 head/head");
		mvc.perform(get("/restatements").with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Three incidents recorded late by the force")))
			.andExpect(content().string(containsString("Approved")));

		// The request and the decision are on the audit trail, in words, as are sign-offs.
		assertThat(jdbc.queryForList("""
				select kind || ' ' || field || ' ' || coalesce(old_value, '-') || '>' || new_value from audit_event
				where record_type = 'Restatement' and record_id = ? and field in ('reason', 'newValue', 'decision', 'decisionNote')
				order by id""", String.class, String.valueOf(id))).containsExactly("CREATE newValue ->43",
						"CREATE reason ->Three incidents recorded late by the force", "CREATE decision ->REQUESTED",
						"UPDATE decision REQUESTED>APPROVED", "UPDATE decisionNote ->Checked against the force's extract");
		mvc.perform(get("/audit").with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Restatement of " + jdbc.queryForObject(
					"select name from indicator where id = ?", String.class, indicator))))
			.andExpect(content().string(containsString("Sign-off of " + source + " figures for " + jdbc.queryForObject(
					"select name from locality where id = ?", String.class, locality) + ", April 2022")));

		// As of before the approval the signed-off 40 shows, signed off; today 43, restated, with its provenance.
		AsOf then = new AsOf(beforeApproval, AsOf.now(clock).day(), true);
		FigurePoint signedOff = queries.series(indicator, locality, then).orElseThrow().points().get(0);
		assertThat(signedOff.value()).isEqualByComparingTo("40");
		assertThat(signedOff.signedOff()).isTrue();
		List<FigurePoint> now = queries.series(indicator, locality, AsOf.now(clock)).orElseThrow().points();
		assertThat(now.get(0).value()).isEqualByComparingTo("43");
		assertThat(now.get(0).provenance().how()).isEqualTo(FigureProvenance.How.RESTATEMENT);
		assertThat(now.get(0).provenance().organisation()).isEqualTo(source);
		assertThat(now.get(1).provisional()).as("May is not signed off").isTrue();
		assertThat(now.get(1).provenance().how()).isEqualTo(FigureProvenance.How.FORM);

		// The indicator page's download carries the same sign-off and provenance, a row a figure.
		String csv = mvc.perform(get("/indicators/{id}/export", indicator).param("format", "csv")
				.with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Locality,Period,Value,Sign-off,Source organisation,Source,Entered by,How entered,Import");
		assertThat(csv.lines().filter(line -> line.contains("2022-04-30")).toList()).singleElement().asString()
			.contains(",43", ",Signed off," + source + ",", ",Approved restatement,");
		assertThat(csv.lines().filter(line -> line.contains("2022-05-31")).toList()).singleElement().asString()
			.contains(",37", ",Provisional," + source + ",Police return,", ",Figure form,");

		ChangeWindow window = new ChangeWindow(List.of(localities.find(locality).orElseThrow()), then, AsOf.now(clock));
		List<PackChangeGroup> groups = changeSources.stream().flatMap(changeSource -> changeSource.changes(window).stream()).toList();
		List<PackChange> restated = groups.stream().filter(group -> group.id().equals("restated")).findFirst().orElseThrow().changes();
		assertThat(restated).singleElement().satisfies(change -> {
			assertThat(change.before()).isEqualTo("40");
			assertThat(change.after()).isEqualTo("43");
			assertThat(change.subject()).contains("Three incidents recorded late by the force");
		});
		assertThat(groups.stream().filter(group -> group.id().equals("figures")).flatMap(group -> group.changes().stream())
			.filter(change -> change.link().contains("/indicators/" + indicator))).as("listed once, as restated").isEmpty();
	}

	@Test
	void onlyTheHeadDecidesARefusalNeedsAReasonAndAnUnsignedPeriodIsCorrectedNotRestated() throws Exception {
		assertThatThrownBy(() -> register.request(new FigureEntry(indicator, locality, MAY, new BigDecimal("30"), null, null),
				"Late", signedIn("head"))).isInstanceOf(RestatementRegister.NotSignedOff.class);
		long id = register.request(april("41"), "A duplicate incident removed", signedIn("head"));
		assertThatThrownBy(() -> register.request(april("42"), "Again", signedIn("head")))
			.isInstanceOf(RestatementRegister.AlreadyRequested.class);
		assertThatThrownBy(() -> register.approve(id, 0, null, signedIn("newport.manager")))
			.isInstanceOf(AccessDeniedException.class);
		mvc.perform(post("/restatements/{id}/approve", id).with(csrf()).with(user(users.loadUserByUsername("scrutiny")))
				.param("version", "0"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/restatements/{id}/refuse", id).with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("version", "0").param("note", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why you refuse the restatement")));
		mvc.perform(post("/restatements/{id}/refuse", id).with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("version", "0").param("note", "The force's extract still says 40"))
			.andExpect(redirectedUrl("/restatements/" + id));
		assertThat(value(APRIL)).isEqualByComparingTo("40");
		assertThat(jdbc.queryForObject("select decision from restatement where id = ?", String.class, id)).isEqualTo("REFUSED");

		// Deciding again from a page opened before the refusal is refused as changed meanwhile, and saves nothing.
		mvc.perform(post("/restatements/{id}/approve", id).with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone decided on this request")));
		assertThat(value(APRIL)).isEqualByComparingTo("40");
	}

	@Test
	void theDashboardSaysWhichFiguresAreProvisional() throws Exception {
		String page = mvc.perform(get("/indicators/{id}", indicator).param("locality", String.valueOf(locality))
				.with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Signed off").contains("Provisional").contains("From " + source + ". Entered by");
	}
}

package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * "Pack vs today" on a ward of its own, with a pack issued as of 31 March 2022 and these changes after it, worked by
 * hand (RAG thresholds 10 and 25 points; every action weight 1; RAG on 31 March 2022 from days since 1 January, 89):
 *
 * <pre>
 *  action  start  due      31 Mar 2022                          now (2026)
 *  C       1 Jan  15 Apr   90% set 1 Mar, expected 85.6% Green   90%, past due: Red (nobody changed it)
 *  D       1 Jan  30 Jun   0%, expected 49.4%: gap 49.4 Red      100% on 1 May: Complete
 *  B       1 Jan  30 Jun   0%: Red                               0%, past due: Red (not listed)
 *  A       1 Jan  31 Dec   50% set 1 Mar, expected 24.5% Green   100% on 1 May: Complete
 *  plan 1: (90 + 0 + 0 + 50) / 4 = 35.0%, Green 2, Red 2  →  (90 + 100 + 0 + 100) / 4 = 72.5%, Red 2, Complete 2
 *  figure March 2022: 35 recorded 15 Mar (before the pack); corrected to 40 on 10 Apr; April 2022: 12 recorded 20 Apr
 *  DIG list: C opened (Red now), D cleared (Red then); B and the nine plans' overdue reviews on both lists
 * </pre>
 */
class PackChangesIT extends IntegrationTest {

	private static final Instant MAY = Instant.parse("2022-05-01T09:00:00Z");

	@Autowired
	PackChanges changes;

	@Autowired
	PackProduction production;

	@Autowired
	UserDetailsService users;

	private String panel;
	private String indicatorName;
	private long packId;
	private long meetingId;

	@BeforeEach
	void wardWithAPackAndChangesAfterIt() {
		String suffix = String.valueOf(System.nanoTime());
		PlanFixtures plans = new PlanFixtures(jdbc);
		long locality = plans.locality("Changes Ward " + suffix);
		long plan = plans.plan(locality, 1);
		Instant created = Instant.parse("2022-01-01T09:00:00Z");
		Instant march = Instant.parse("2022-03-01T09:00:00Z");
		long a = plans.action(plan, "A: youth sessions", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "1", created);
		plans.action(plan, "B: CCTV review", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "1", created);
		long c = plans.action(plan, "C: alley gates", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 15), "1", created);
		long d = plans.action(plan, "D: landlord visits", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "1", created);
		plans.progress(a, 50, march);
		plans.progress(c, 90, march);
		plans.progress(a, 100, MAY);
		plans.progress(d, 100, MAY);

		IndicatorFixtures indicators = new IndicatorFixtures(jdbc);
		long indicator = indicators.indicator("changes-" + suffix, "COUNT", "LOWER_IS_BETTER", "20", "2");
		indicatorName = "Indicator changes-" + suffix;
		indicators.figure(indicator, locality, LocalDate.of(2022, 3, 31), "35", "March report", Instant.parse("2022-03-15T10:00:00Z"));
		indicators.correct(indicator, locality, LocalDate.of(2022, 3, 31), "40", "Late reports", Instant.parse("2022-04-10T10:00:00Z"));
		indicators.figure(indicator, locality, LocalDate.of(2022, 4, 30), "12", "April report", Instant.parse("2022-04-20T10:00:00Z"));

		panel = "Changes panel " + suffix;
		meetingId = jdbc.queryForObject("""
				insert into panel_meeting (panel, meeting_date, topic, locality_ids) values (?, date '2022-04-04', 'Changes', array[?])
				returning id""", Long.class, panel, locality);
		packId = jdbc.queryForObject("""
				insert into pack (panel_meeting_id, as_of, status, production, generated_at, generated_by, issued_at, issued_by,
				                  produced_cutoff)
				values (?, date '2022-03-31', 'ISSUED', 'READY', now(), 'scrutiny', now(), 'scrutiny',
				        timestamptz '2022-04-01 00:00 Europe/London')
				returning id""", Long.class, meetingId);
	}

	private List<PackChange> group(PackChanges.ChangesSincePack since, String id) {
		return since.groups().stream().filter(group -> group.id().equals(id)).findFirst().orElseThrow().changes();
	}

	@Test
	void everyKindOfChangeSinceThePackIsListedWithHowItStoodThenAndNow() {
		PackChanges.ChangesSincePack since = changes.sinceIssued(packId, AsOf.now(clock)).orElseThrow();

		assertThat(since.groups()).extracting(PackChangeGroup::id)
			.containsExactly("plans", "actions", "figures", "restated", "escalations", "recommendations");
		assertThat(group(since, "plans")).extracting(PackChange::before, PackChange::after)
			.containsExactly(tuple("35.0% complete; Green 2, Red 2", "72.5% complete; Red 2, Complete 2"));
		assertThat(group(since, "actions")).extracting(PackChange::subject, PackChange::before, PackChange::after, PackChange::who)
			.containsExactly(
					tuple("C: alley gates", "Green (90% complete)", "Red (90% complete)", null),
					tuple("D: landlord visits", "Red (0% complete)", "Complete (100% complete)", "fixture"),
					tuple("A: youth sessions", "Green (50% complete)", "Complete (100% complete)", "fixture"));
		assertThat(group(since, "figures")).extracting(PackChange::subject, PackChange::before, PackChange::after, PackChange::who,
				PackChange::when).containsExactly(
						tuple(indicatorName + ", April 2022: recorded", "Not recorded", "12", "fixture", Instant.parse("2022-04-20T10:00:00Z")),
						tuple(indicatorName + ", March 2022: corrected", "35", "40", "fixture", Instant.parse("2022-04-10T10:00:00Z")));
		List<PackChange> escalations = group(since, "escalations");
		assertThat(escalations).filteredOn(change -> change.subject().contains("C: alley gates")).singleElement()
			.extracting(PackChange::after).asString().startsWith("Opened: ");
		assertThat(escalations).filteredOn(change -> change.subject().contains("D: landlord visits")).singleElement()
			.extracting(PackChange::after).isEqualTo("Cleared");
		assertThat(escalations).noneMatch(change -> change.subject().contains("B: CCTV review"));
	}

	@Test
	void thePageListsTheCorrectionWithBothValuesInTheSameStatementsHoweverManyChanges() throws Exception {
		SignedInUser viewer = (SignedInUser) users.loadUserByUsername("viewer");
		StatementCounter.reset();
		Document page = page(viewer);
		int statements = StatementCounter.count();

		assertThat(page.select("h1").text()).isEqualTo("What has changed since the pack for the meeting of 4 April 2022");
		assertThat(page.select("#changes-table-figures tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains(indicatorName + ", March 2022: corrected", "35", "40", "fixture"));
		assertThat(page.select("#changes-summary li").eachText()).contains("Figures recorded or corrected: 2",
				"Actions that changed RAG: 3", "Plans whose completion or RAG counts moved: 1");

		new IndicatorFixtures(jdbc).correct(jdbc.queryForObject("select id from indicator where name = ?", Long.class, indicatorName),
				jdbc.queryForObject("select locality_ids[1] from panel_meeting where id = ?", Long.class, meetingId),
				LocalDate.of(2022, 4, 30), "13", "Restated", MAY);
		StatementCounter.reset();
		assertThat(page(viewer).select("#changes-summary li").eachText()).contains("Figures recorded or corrected: 3");
		assertThat(StatementCounter.count()).as(StatementCounter.listed()).isEqualTo(statements);
	}

	private Document page(SignedInUser viewer) throws Exception {
		return Jsoup.parse(mvc.perform(get("/packs/{id}/changes", packId).with(user(viewer))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aDraftHasNoChangesPage() throws Exception {
		long draft = jdbc.queryForObject("""
				insert into pack (panel_meeting_id, as_of, status, generated_at, generated_by) values (?, date '2022-03-31', 'DRAFT',
				now(), 'scrutiny') returning id""", Long.class, meetingId);
		mvc.perform(get("/packs/{id}/changes", draft).with(user(users.loadUserByUsername("head")))).andExpect(status().isNotFound());
	}

	@Test
	void theNextPackOfThePanelCanCarryTheChangesSinceTheLastAsAChapter() throws Exception {
		SignedInUser scrutiny = (SignedInUser) users.loadUserByUsername("scrutiny");
		long next = production.produceDraft(meetingId, LocalDate.of(2022, 5, 31), true, scrutiny);
		PackWaits.awaitReady(jdbc, next);

		String pdf = pdfText(next);
		assertThat(pdf).contains("Changes since the last pack", "Figures recorded or corrected",
				"March 2022: corrected 35 40 fixture, 10 April 2022");
		assertThat(zipEntry(next, "changes-since-the-last-pack")).contains(indicatorName + ", March 2022: corrected\",35,40,fixture,");

		long without = production.produceDraft(meetingId, LocalDate.of(2022, 5, 31), scrutiny);
		PackWaits.awaitReady(jdbc, without);
		assertThat(pdfText(without)).doesNotContain("Changes since the last pack");
	}

	@Test
	void theMeetingPageOffersTheChapterWhenAPackIsProduced() throws Exception {
		mvc.perform(post("/meetings/{id}/packs", meetingId).with(user(users.loadUserByUsername("scrutiny"))).with(csrf())
			.param("asOf.day", "31").param("asOf.month", "5").param("asOf.year", "2022").param("withChanges", "true"))
			.andExpect(status().is3xxRedirection());
		long produced = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meetingId);
		assertThat(jdbc.queryForObject("select with_changes from pack where id = ?", Boolean.class, produced)).isTrue();
		PackWaits.awaitReady(jdbc, produced);
		assertThat(pdfText(produced)).contains("Changes since the last pack");
	}

	private String pdfText(long pack) throws Exception {
		byte[] pdf = mvc.perform(get("/packs/{id}/pdf", pack).with(user(users.loadUserByUsername("scrutiny"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private String zipEntry(long pack, String namePart) throws Exception {
		byte[] zip = mvc.perform(get("/packs/{id}/zip", pack).with(user(users.loadUserByUsername("scrutiny"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().contains(namePart) && entry.getName().endsWith(".csv")) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("No CSV named like " + namePart);
	}

	@Test
	void theScrutinyOfficersHomePageSumsUpTheChangesSinceTheLatestIssuedPack() throws Exception {
		Document home = Jsoup.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("scrutiny")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(home.select("#changes-home h2").text()).isEqualTo("Changes since the last issued pack");
		long latest = changes.sinceLatestIssued(AsOf.now(clock)).orElseThrow().pack().id();
		assertThat(home.select("#changes-home-link").attr("href")).isEqualTo("/packs/" + latest + "/changes");
		assertThat(home.select("#changes-home-summary li")).hasSize(6);

		Document viewerHome = Jsoup.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("viewer"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(viewerHome.select("#changes-home")).isEmpty();
	}
}

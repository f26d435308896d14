package uk.gov.middlesbrough.tracker.work;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.indicator.FigureDue;
import uk.gov.middlesbrough.tracker.indicator.Frequency;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.plan.RagRule;
import uk.gov.middlesbrough.tracker.plan.RagStatus;
import uk.gov.middlesbrough.tracker.plan.RagThresholds;
import uk.gov.middlesbrough.tracker.plan.ReviewStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ReviewSummary;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyFlag;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.TestUsers;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * "Your work" on the home page, held against the same items worked out here another way: RAG by the Java rule over
 * every action, the last update from the whole history, reviews and figures from their own tables.
 */
class YourWorkIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Autowired
	RagThresholds thresholds;

	@Autowired
	EscalationQueries escalations;

	@Autowired
	ScrutinyQueries scrutiny;

	private final LocalDate today = LocalDate.now(AsOf.UK);

	@Test
	void northOrmesbysManagerSeesEveryKindOfItemDueInTheirLocalityAndNoOther() throws Exception {
		long northOrmesby = localityId("North Ormesby");
		Document home = home(as("northormesby.manager"));

		List<String> redAmber = redOrAmberActions(northOrmesby);
		assertGroup(home, "red-amber-actions", "Actions Red or Amber (" + redAmber.size() + ")", redAmber);
		List<String> stale = actionsWithNoUpdateThisMonth(northOrmesby);
		assertGroup(home, "no-update-this-month", "Actions with no update this month (" + stale.size() + ")", stale);
		List<String> reviews = plansDueAReview(northOrmesby);
		assertGroup(home, "plan-reviews", "Plan reviews due (" + reviews.size() + ")", reviews);
		List<String> figures = indicatorsWithAFigureDue(northOrmesby);
		assertThat(figures).as("the demo's 2022 figures are all overdue by now").contains("Anti-social behaviour incidents");
		assertGroup(home, "figures-due", "PMF figures due (" + figures.size() + ")", figures);
		assertThat(home.getElementById("work-caseloads-due").text()).isEqualTo("Caseload snapshots due (1)");

		// Each item opens the form that settles it.
		assertThat(links(home, "red-amber-actions")).allMatch(href -> href.matches("/plans/\\d+/progress#action-row-\\d+"));
		assertThat(links(home, "plan-reviews")).allMatch(href -> href.matches("/plans/\\d+/reviews/new"));
		assertThat(links(home, "figures-due")).allMatch(href -> href.matches("/indicators/\\d+\\?locality=" + northOrmesby + "#enter-figure"));
		assertThat(links(home, "caseloads-due")).containsExactly("/localities/" + northOrmesby + "/caseloads#record-heading");
		assertThat(home.getElementById("your-work").text()).doesNotContain("Newport", "Hemlington");
	}

	@Test
	void thePoliceLeadSeesTheActionsAndReviewOfThePlanHeLeadsOnly() throws Exception {
		Document home = home(as("police.lead"));
		long plan = jdbc.queryForObject("""
				select p.id from action_plan p join user_account u on u.id = p.lead_user_id join locality l on l.id = p.locality_id
				where u.username = 'police.lead' and l.name = 'North Ormesby'""", Long.class);
		// Other tests make him lead plans of their own wards too: every item is from a plan he leads, his own among them.
		List<Long> plans = links(home, "red-amber-actions").stream()
			.map(href -> Long.parseLong(href.replaceAll("^/plans/(\\d+)/.*$", "$1"))).toList();
		assertThat(plans).contains(plan).allMatch(id -> "police.lead".equals(jdbc.queryForObject("""
				select u.username from action_plan p join user_account u on u.id = p.lead_user_id where p.id = ?""", String.class, id)));
		assertThat(home.getElementById("work-figures-due")).as("plan leads do not enter figures").isNull();
		assertThat(home.getElementById("work-caseloads-due")).isNull();
	}

	@Test
	void theHeadOfServiceSeesCountsForEveryLocalityEachLinkingToItsList() throws Exception {
		Document home = home(as("head"));
		Element table = home.getElementById("work-by-locality");
		long northOrmesby = localityId("North Ormesby");
		Element row = table.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals("North Ormesby")).findFirst()
				.orElseThrow();
		List<String> headers = table.select("thead th").eachText();
		int redAmberColumn = headers.indexOf("Red or Amber actions");
		Element cell = row.child(redAmberColumn);
		assertThat(cell.text()).isEqualTo(String.valueOf(redOrAmberActions(northOrmesby).size()));
		assertThat(cell.selectFirst("a").attr("href")).isEqualTo("/localities/" + northOrmesby + "/actions?show=red-amber");
		assertThat(row.child(headers.indexOf("No update this month")).text())
			.isEqualTo(String.valueOf(actionsWithNoUpdateThisMonth(northOrmesby).size()));
		assertThat(home.select("#your-work h3")).as("counts only, no items").isEmpty();

		// Escalations not yet raised at DIG: North Ormesby's own list (derived for it alone), its unmarked items.
		long notRaised = escalations.list(List.of(northOrmesby), AsOf.now(clock)).open().stream()
			.filter(item -> item.latestMark() == null).count();
		assertThat(notRaised).isPositive();
		Element notRaisedCell = row.child(headers.indexOf("Not yet raised at DIG"));
		assertThat(notRaisedCell.text()).isEqualTo(String.valueOf(notRaised));
		assertThat(notRaisedCell.selectFirst("a").attr("href")).isEqualTo("/localities/" + northOrmesby + "/escalations");
	}

	@Test
	void aManagerWithNothingDueIsToldSo() throws Exception {
		PlanFixtures plans = new PlanFixtures(jdbc);
		long quiet = plans.locality("Quiet Ward " + System.nanoTime());
		long plan = plans.plan(quiet, 1);
		// Plans set up today are not yet due a review.
		jdbc.update("update action_plan set created_at = now() where locality_id = ?", quiet);
		// Started today, so nothing is expected of it yet; added this month.
		plans.action(plan, "Just begun", today, today.plusDays(90), "1", Instant.now());
		Document home = home(TestUsers.of(9_000_001L, Role.NEIGHBOURHOOD_MANAGER, quiet));
		assertThat(home.getElementById("your-work-heading").text()).isEqualTo("Your work (0)");
		assertThat(home.getElementById("nothing-due").text()).isEqualTo("Nothing due.");
	}

	@Test
	void aPanelMemberHasTheLatestIssuedPackOneTapAway() throws Exception {
		long latest = jdbc.queryForObject("select id from pack where status = 'ISSUED' order by issued_at desc, id desc limit 1",
				Long.class);
		assertThat(links(home(as("viewer")), "latest-pack")).containsExactly("/packs/" + latest + "/pdf");
	}

	@Test
	void anAdministratorHasNoWorkSection() throws Exception {
		assertThat(home(as("admin")).getElementById("your-work")).isNull();
	}

	@Test
	void theScrutinyOfficerSeesFlaggedRecommendationsAndTheNextMeetingUntilItsPackIsIssued() throws Exception {
		jdbc.update("""
				insert into panel_meeting (panel, meeting_date, topic, locality_ids)
				values ('Ad Hoc Scrutiny Panel', ?, 'Work test meeting', array[(select id from locality where name = 'Newport')])""",
				today.plusDays(1));
		Document home = home(as("scrutiny"));
		List<ReviewSummary> reviews = scrutiny.reviews(AsOf.now(clock));
		int overdue = reviews.stream().mapToInt(review -> review.flagged(ScrutinyFlag.RESPONSE_OVERDUE)).sum();
		int reportBacks = reviews.stream().mapToInt(review -> review.flagged(ScrutinyFlag.REPORT_BACK_DUE)).sum();
		if (overdue > 0) {
			assertThat(home.getElementById("work-responses-overdue").text()).isEqualTo("Executive responses overdue (" + overdue + ")");
			assertThat(links(home, "responses-overdue")).allMatch(href -> href.matches("/scrutiny/recommendations/\\d+"));
		}
		assertThat(overdue + reportBacks).as("the demo tracker has flags today").isPositive();
		Map<String, Object> next = jdbc.queryForMap("""
				select m.id, m.topic, exists (select 1 from pack p where p.panel_meeting_id = m.id and p.status = 'ISSUED') as issued
				from panel_meeting m where m.meeting_date >= ? order by m.meeting_date, m.id limit 1""", today);
		if (!(Boolean) next.get("issued")) {
			assertThat(links(home, "next-meeting")).containsExactly("/meetings/" + next.get("id"));
			assertThat(home.select("ul[aria-labelledby=work-next-meeting] li").text()).contains((String) next.get("topic"));
		}
		assertThat(home.getElementById("work-red-amber-actions")).isNull();
	}

	@Test
	void theHeadsHomeCostsTheSameStatementsForThreeOrMoreLocalities() throws Exception {
		// The DIG list across localities is derived again after a change (as the localities added below make one),
		// else kept: a change recorded here makes the first count a derivation too.
		jdbc.update("insert into escalation_source_change values (pg_current_xact_id())");
		StatementCounter.reset();
		home(as("head"));
		int before = StatementCounter.count();
		PlanFixtures plans = new PlanFixtures(jdbc);
		for (int i = 0; i < 3; i++) {
			long locality = plans.locality("Work Growth Ward " + i + " " + System.nanoTime());
			long plan = plans.plan(locality, 1);
			plans.action(plan, "Late", today.minusDays(100), today.minusDays(1), "1", Instant.now().minusSeconds(86_400L * 60));
		}
		StatementCounter.reset();
		home(as("head"));
		assertThat(StatementCounter.count()).isEqualTo(before);
	}

	private void assertGroup(Document home, String id, String heading, List<String> expected) {
		if (expected.isEmpty()) {
			assertThat(home.getElementById("work-" + id)).isNull();
			return;
		}
		assertThat(home.getElementById("work-" + id).text()).isEqualTo(heading);
		assertThat(items(home, id)).containsExactlyElementsOf(expected.subList(0, Math.min(10, expected.size())));
	}

	private static List<String> items(Document home, String id) {
		return home.select("ul[aria-labelledby=work-" + id + "] li > a").eachText();
	}

	private static List<String> links(Document home, String id) {
		return home.select("ul[aria-labelledby=work-" + id + "] li > a").eachAttr("href");
	}

	/** Active actions Red first then Amber, each by due date and id, by the Java rule. */
	private List<String> redOrAmberActions(long localityId) {
		RagRule rule = new RagRule(thresholds);
		record Found(String name, RagStatus rag, LocalDate due, long id) {
		}
		List<Found> found = new ArrayList<>();
		jdbc.query("""
				select a.id, a.specific, a.start_date, a.due_date, a.completion from plan_action a
				join action_plan p on p.id = a.action_plan_id where p.locality_id = ? and a.status = 'ACTIVE'""", rs -> {
			RagStatus rag = rule.assess(rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
					rs.getInt("completion"), today);
			if (rag == RagStatus.RED || rag == RagStatus.AMBER) {
				found.add(new Found(rs.getString("specific"), rag, rs.getObject("due_date", LocalDate.class), rs.getLong("id")));
			}
		}, localityId);
		return found.stream()
			.sorted(Comparator.comparing((Found f) -> f.rag() != RagStatus.RED).thenComparing(Found::due).thenComparing(Found::id))
			.map(Found::name).toList();
	}

	/** Started, not complete, active, and last updated (from the whole history) before this month. */
	private List<String> actionsWithNoUpdateThisMonth(long localityId) {
		Instant monthStart = today.withDayOfMonth(1).atStartOfDay(AsOf.UK).toInstant();
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select a.id, a.specific, max(h.recorded_at) as last_update from plan_action a
				join action_plan p on p.id = a.action_plan_id
				join action_history h on h.plan_action_id = a.id and h.kind in ('CREATED', 'PROGRESS')
				where p.locality_id = ? and a.status = 'ACTIVE' and a.completion < 100 and a.start_date <= ?
				group by a.id, a.specific""", localityId, today);
		return rows.stream()
			.filter(row -> ((Timestamp) row.get("last_update")).toInstant().isBefore(monthStart))
			.sorted(Comparator.comparing((Map<String, Object> row) -> (Timestamp) row.get("last_update"))
				.thenComparing(row -> (Long) row.get("id")))
			.map(row -> (String) row.get("specific")).toList();
	}

	/** Plans overdue a review (by ReviewStatus), then those last reviewed before this month, in plan order. */
	private List<String> plansDueAReview(long localityId) {
		List<String> overdue = new ArrayList<>();
		List<String> dueThisMonth = new ArrayList<>();
		jdbc.query("""
				select p.title, p.created_at, (select max(r.reviewed_on) from plan_review r where r.action_plan_id = p.id) as last
				from action_plan p where p.locality_id = ? order by p.position""", rs -> {
			LocalDate last = rs.getObject("last", LocalDate.class);
			LocalDate created = LocalDate.ofInstant(rs.getObject("created_at", OffsetDateTime.class).toInstant(), AsOf.UK);
			ReviewStatus status = ReviewStatus.of(last, created, today);
			if (status == ReviewStatus.OVERDUE) {
				overdue.add(rs.getString("title"));
			}
			else if (status == ReviewStatus.REVIEWED && last.isBefore(today.withDayOfMonth(1))) {
				dueThisMonth.add(rs.getString("title"));
			}
		}, localityId);
		overdue.addAll(dueThisMonth);
		return overdue;
	}

	/** Indicators whose next figure is due or overdue by the Java rule, overdue first, then oldest, then by name. */
	private List<String> indicatorsWithAFigureDue(long localityId) {
		record Found(String name, FigureDue.State state, LocalDate latest) {
		}
		List<Found> found = new ArrayList<>();
		jdbc.query("""
				select i.name, i.frequency, max(m.period) as latest from measurement m join indicator i on i.id = m.indicator_id
				where m.locality_id = ? group by i.name, i.frequency""", rs -> {
			LocalDate latest = rs.getObject("latest", LocalDate.class);
			FigureDue.State state = FigureDue.on(Frequency.valueOf(rs.getString("frequency")), latest, today);
			if (state != FigureDue.State.NOT_YET) {
				found.add(new Found(rs.getString("name"), state, latest));
			}
		}, localityId);
		return found.stream()
			.sorted(Comparator.comparing((Found f) -> f.state() != FigureDue.State.OVERDUE).thenComparing(Found::latest)
				.thenComparing(Found::name))
			.map(Found::name).toList();
	}

	private Document home(UserDetails user) throws Exception {
		return Jsoup.parse(mvc.perform(get("/").with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}
}

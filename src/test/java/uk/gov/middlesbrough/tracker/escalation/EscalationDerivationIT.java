package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.gov.middlesbrough.tracker.escalation.EscalationFixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Exactly which items a locality's list holds as of 15 June 2025, and their sentences, from data built by hand:
 * some items qualify and some only just do not, and some data was recorded after that day.
 */
class EscalationDerivationIT extends IntegrationTest {

	private static final LocalDate DAY = LocalDate.of(2025, 6, 15);
	private static final AsOf AS_OF = new AsOf(DAY.plusDays(1).atStartOfDay(AsOf.UK).toInstant(), DAY, true);

	@Autowired
	EscalationQueries queries;

	private EscalationFixtures fixtures;
	private long locality;
	private String name;
	private String n;
	private long pastDue;
	private long behind;
	private long asb;
	private long lookedAfter;
	private long rising;

	@BeforeEach
	void data() {
		fixtures = new EscalationFixtures(jdbc);
		n = String.valueOf(System.nanoTime());
		name = "Derivation Ward " + n;
		locality = fixtures.locality(name);

		// Plans 1–7 reviewed in May 2025 (the month before: up to date); plan 8 last in March (overdue); plan 9 never.
		for (int position = 1; position <= 7; position++) {
			fixtures.review(locality, position, LocalDate.of(2025, 5, 12));
		}
		fixtures.review(locality, 8, LocalDate.of(2025, 3, 10));
		// A review recorded after 15 June does not count as of then.
		fixtures.review(locality, 9, LocalDate.of(2025, 6, 20));

		long plan = fixtures.plans.plan(locality, 1);
		pastDue = fixtures.plans.action(plan, "Past due at half way", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31), "1",
				at("2025-01-01"));
		fixtures.plans.progress(pastDue, 50, at("2025-05-20"));
		behind = fixtures.plans.action(plan, "Far behind", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "1",
				at("2025-01-01"));
		fixtures.plans.progress(behind, 10, at("2025-03-01"));
		long onTrack = fixtures.plans.action(plan, "On track", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "1",
				at("2025-01-01"));
		fixtures.plans.progress(onTrack, 40, at("2025-06-01"));
		long cancelled = fixtures.plans.action(plan, "Cancelled past due", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
				"1", at("2024-01-01"));
		fixtures.plans.cancel(cancelled, at("2024-06-01"));
		long done = fixtures.plans.action(plan, "Done past due", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "1",
				at("2024-01-01"));
		fixtures.plans.progress(done, 100, at("2024-12-01"));
		fixtures.plans.action(plan, "Added after the day", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "1", at("2025-07-01"));
		// Finished, but only after the day: as of 15 June it was Red (past due at 20 %).
		long finishedLater = fixtures.plans.action(plan, "Finished later", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), "1",
				at("2025-01-01"));
		fixtures.plans.progress(finishedLater, 20, at("2025-02-01"));
		fixtures.plans.progress(finishedLater, 100, at("2025-06-30"));

		asb = fixtures.indicators.indicator("esc-a-" + n, "COUNT", "LOWER_IS_BETTER", "20", "2");
		fixtures.indicators.figure(asb, locality, LocalDate.of(2024, 12, 31), "14", "Fixture", at("2025-01-07"));
		fixtures.indicators.figure(asb, locality, LocalDate.of(2025, 1, 31), "20", "Fixture", at("2025-02-07"));
		// Corrected after the day to 15 (no change within 2): as of 15 June January still read 20.
		fixtures.indicators.correct(asb, locality, LocalDate.of(2025, 1, 31), "15", "Revalidated", at("2025-07-01"));
		lookedAfter = fixtures.indicators.indicator("esc-b-" + n, "PERCENTAGE", "LOWER_IS_BETTER", "5", "0.25");
		fixtures.indicators.figure(lookedAfter, locality, LocalDate.of(2025, 1, 17), "6.62", "Fixture", at("2025-01-17"));
		long steady = fixtures.indicators.indicator("esc-c-" + n, "COUNT", "HIGHER_IS_BETTER", "100", "10");
		fixtures.indicators.figure(steady, locality, LocalDate.of(2025, 1, 31), "90", "Fixture", at("2025-02-07"));
		fixtures.indicators.figure(steady, locality, LocalDate.of(2025, 2, 28), "95", "Fixture", at("2025-03-07"));
		rising = fixtures.indicators.indicator("esc-d-" + n, "COUNT", "LOWER_IS_BETTER", "10", "1");
		fixtures.indicators.figure(rising, locality, LocalDate.of(2025, 1, 31), "30", "Fixture", at("2025-02-07"));
		fixtures.indicators.figure(rising, locality, LocalDate.of(2025, 2, 28), "40", "Fixture", at("2025-03-07"));

		fixtures.caseloads.snapshot(locality, LocalDate.of(2025, 5, 31), "SOCIAL_WORKER", "Social Worker 1", 27, 12, 5, at("2025-06-02"));
		fixtures.caseloads.snapshot(locality, LocalDate.of(2025, 5, 31), "SOCIAL_WORKER", "Social Worker 2", 25, 11, 4, at("2025-06-02"));
		fixtures.caseloads.snapshot(locality, LocalDate.of(2025, 4, 30), "EARLY_HELP_PRACTITIONER", "Early Help Practitioner 1",
				30, 12, 5, at("2025-05-02"));
		fixtures.caseloads.snapshot(locality, LocalDate.of(2025, 5, 31), "EARLY_HELP_PRACTITIONER", "Early Help Practitioner 1",
				24, 10, 5, at("2025-06-02"));
		fixtures.caseloads.snapshot(locality, LocalDate.of(2025, 5, 31), "EARLY_HELP_PRACTITIONER", "Early Help Practitioner 2",
				31, 10, 5, at("2025-06-20"));
	}

	@Test
	void listsExactlyTheItemsThatQualifiedOnTheDayWithTheirSentencesAndLinks() {
		String plan1 = fixtures.planTitle(locality, 1);
		long plan8 = fixtures.plans.plan(locality, 8);
		long plan9 = fixtures.plans.plan(locality, 9);
		List<OpenEscalation> open = queries.list(List.of(locality), AS_OF).open();
		assertThat(open).extracting(item -> item.escalation().kind(), item -> item.escalation().key(),
				item -> item.escalation().subject(), item -> item.escalation().reason(), item -> item.escalation().link())
			.containsExactly(
					// 14 → 20: +6 > tolerance 2, lower is better. On target (20 ≤ 20), so not off target.
					tuple(Kinds.WORSENING, "WORSENING:indicator:" + asb + ":locality:" + locality,
							"Indicator esc-a-" + n, "Worsening: 14 in December 2024 to 20 in January 2025; lower is better",
							"/indicators/" + asb + "?locality=" + locality + "#locality-" + locality),
					// 30 → 40: +10 > tolerance 1.
					tuple(Kinds.WORSENING, "WORSENING:indicator:" + rising + ":locality:" + locality,
							"Indicator esc-d-" + n, "Worsening: 30 in January 2025 to 40 in February 2025; lower is better",
							"/indicators/" + rising + "?locality=" + locality + "#locality-" + locality),
					// 6.62 − 5 = 1.62 > 0.25. (The "steady" indicator misses 100 by 5, within its tolerance of 10.)
					tuple(Kinds.OFF_TARGET, "OFF_TARGET:indicator:" + lookedAfter + ":locality:" + locality,
							"Indicator esc-b-" + n,
							"Off target: 6.62% (17 January 2025) against a target of 5%; misses it by 1.62%, more than the tolerance of 0.25%; lower is better",
							"/indicators/" + lookedAfter + "?locality=" + locality + "#locality-" + locality),
					// 40 − 10 = 30 > 1.
					tuple(Kinds.OFF_TARGET, "OFF_TARGET:indicator:" + rising + ":locality:" + locality,
							"Indicator esc-d-" + n,
							"Off target: 40 (February 2025) against a target of 10; misses it by 30, more than the tolerance of 1; lower is better",
							"/indicators/" + rising + "?locality=" + locality + "#locality-" + locality),
					// Due 31 May, 15 June is past it, at 50 %.
					tuple(Kinds.RED_ACTION, "RED_ACTION:action:" + pastDue, "Past due at half way",
							"Red: 50% complete and past its due date of 31 May 2025 (plan: " + plan1 + ")", "/actions/" + pastDue),
					// Due 1 June at 20 % on 15 June (finished only on 30 June).
					tuple(Kinds.RED_ACTION, "RED_ACTION:action:" + finishedLaterId(), "Finished later",
							"Red: 20% complete and past its due date of 1 June 2025 (plan: " + plan1 + ")", "/actions/" + finishedLaterId()),
					// 1 January → 15 June is 165 of 364 days: 45.3 % expected; 45.3 − 10 = 35.3 > 25. ("On track": 45.3 − 40 = 5.3.)
					tuple(Kinds.RED_ACTION, "RED_ACTION:action:" + behind, "Far behind",
							"Red: 10% complete against 45% expected by 15 June 2025; due 31 December 2025 (plan: " + plan1 + ")",
							"/actions/" + behind),
					// Not reviewed since March: neither in May nor June. Plan 9's review was recorded after the day.
					tuple(Kinds.OVERDUE_REVIEW, "OVERDUE_REVIEW:plan:" + plan8, fixtures.planTitle(locality, 8),
							"Review overdue: last reviewed on 10 March 2025; plans are reviewed every month", "/plans/" + plan8),
					tuple(Kinds.OVERDUE_REVIEW, "OVERDUE_REVIEW:plan:" + plan9, fixtures.planTitle(locality, 9),
							"Review overdue: no monthly review recorded yet", "/plans/" + plan9),
					// 27 > 25 for a social worker; 25 is not over. Early help practitioner 1's latest (24) is within; the
					// earlier 30 no longer counts. Practitioner 2's 31 was recorded after the day.
					tuple(Kinds.OVER_THRESHOLD,
							"OVER_THRESHOLD:caseload-post:" + locality + ":SOCIAL_WORKER:social worker 1",
							"Social worker: Social Worker 1", "Over threshold: 27 children on 31 May 2025, against a threshold of 25",
							"/localities/" + locality + "/caseloads"));
		assertThat(open).allSatisfy(item -> {
			assertThat(item.escalation().localityName()).isEqualTo(name);
			assertThat(item.raised()).isFalse();
		});
	}

	@Test
	void todayTheCorrectedFigureTheLaterReviewAndTheFinishedActionHaveClearedTheirItems() {
		List<String> today = queries.list(List.of(locality), AsOf.now(java.time.Clock.system(AsOf.UK))).open().stream()
			.map(item -> item.escalation().key()).toList();
		assertThat(today).doesNotContain("WORSENING:indicator:" + asb + ":locality:" + locality,
				"RED_ACTION:action:" + finishedLaterId())
			// Early help practitioner 2 (31 children) is over the threshold of 26 now.
			.contains("OVER_THRESHOLD:caseload-post:" + locality + ":EARLY_HELP_PRACTITIONER:early help practitioner 2");
	}

	@Test
	void theDashboardGetsEachLocalitysOpenItemsUnknownIdsLeftOut() {
		long quiet = fixtures.locality("Quiet Ward " + System.nanoTime());
		fixtures.reviewAll(quiet, LocalDate.of(2025, 6, 2));
		var byLocality = queries.openByLocality(List.of(quiet, 987654321L, locality), AS_OF);
		assertThat(byLocality.keySet()).containsExactly(quiet, locality);
		assertThat(byLocality.get(quiet)).isEmpty();
		assertThat(byLocality.get(locality)).hasSize(10);
	}

	private long finishedLaterId() {
		return jdbc.queryForObject("select id from plan_action where specific = 'Finished later' and action_plan_id = ?", Long.class,
				fixtures.plans.plan(locality, 1));
	}
}

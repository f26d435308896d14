package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * A locality's caseloads rebuilt from history as of past dates, against values worked by hand.
 *
 * Senior Practitioner 1 (early help senior practitioner), figures for 22 Nov 2021: recorded 1 Dec 2021 as
 * 29 / 14 / 16, corrected 10 Jan 2022 to 25 / 14 / 17. Senior Practitioner 1, figures for 1 Mar 2022: recorded
 * 2 Mar 2022 as 27 / 12 / 9. Social workers: 2 posts set 1 Dec 2021, changed to 3 on 1 Feb 2022.
 */
class CaseloadAsOfIT extends IntegrationTest {

	@Autowired
	CaseloadQueries queries;


	private long locality;

	@BeforeEach
	void history() {
		CaseloadFixtures fixtures = new CaseloadFixtures(jdbc);
		locality = fixtures.locality("Caseload As Of Ward " + System.nanoTime());
		long november = fixtures.snapshot(locality, LocalDate.of(2021, 11, 22), "EARLY_HELP_SENIOR_PRACTITIONER",
				"Senior Practitioner 1", 29, 14, 16, at("2021-12-01"));
		fixtures.correct(november, 25, 14, 17, at("2022-01-10"));
		fixtures.snapshot(locality, LocalDate.of(2022, 3, 1), "EARLY_HELP_SENIOR_PRACTITIONER", "Senior Practitioner 1", 27, 12, 9,
				at("2022-03-02"));
		fixtures.staffing(locality, "SOCIAL_WORKER", 2, at("2021-12-01"));
		fixtures.staffing(locality, "SOCIAL_WORKER", 3, at("2022-02-01"));
	}

	@Test
	void beforeAnythingWasRecordedThereIsNothing() {
		CaseloadPage page = asOf(LocalDate.of(2021, 11, 30));
		assertThat(page.latest()).isEmpty();
		assertThat(page.corrections()).isEmpty();
		assertThat(page.staffing().get(0).posts()).isNull();
	}

	@Test
	void asOfThirtyFirstDecemberTheFiguresAreTheFirstOnesAndOverThreshold() {
		CaseloadPage page = asOf(LocalDate.of(2021, 12, 31));
		// Only the 22 Nov figures exist, as first recorded: 29 > 26 → over the early help threshold.
		assertThat(page.latest()).singleElement().satisfies(post -> {
			assertThat(post.figures()).isEqualTo(new CaseloadFigures(29, 14, 16));
			assertThat(post.flag().status()).isEqualTo(FlagStatus.OVER);
			assertThat(post.corrected()).isFalse();
		});
		assertThat(page.corrections()).isEmpty();
		assertThat(page.staffing().get(0).posts()).isEqualTo(2);
		assertThat(page.overTime().rows()).hasSize(1);
	}

	@Test
	void asOfThirtyFirstJanuaryTheCorrectionIsKnownAndTheOldFiguresAreKept() {
		CaseloadPage page = asOf(LocalDate.of(2022, 1, 31));
		// Corrected on 10 Jan to 25: 25 is within the ideal range 25–26.
		assertThat(page.latest()).singleElement().satisfies(post -> {
			assertThat(post.figures()).isEqualTo(new CaseloadFigures(25, 14, 17));
			assertThat(post.flag().status()).isEqualTo(FlagStatus.WITHIN_IDEAL);
			assertThat(post.corrected()).isTrue();
		});
		assertThat(page.corrections()).singleElement().satisfies(correction -> {
			assertThat(correction.before()).isEqualTo(new CaseloadFigures(29, 14, 16));
			assertThat(correction.after()).isEqualTo(new CaseloadFigures(25, 14, 17));
		});
		// The staffing change of 1 Feb is not known yet.
		assertThat(page.staffing().get(0).posts()).isEqualTo(2);
	}

	@Test
	void todayTheLatestFiguresArePerPostAndTheEarlierOnesAreKept() {
		CaseloadPage page = queries.page(locality, AsOf.now(clock)).orElseThrow();
		// 1 Mar 2022 figures are the post's latest: 27 > 26 → over. The corrected 22 Nov figures are earlier.
		assertThat(page.latest()).singleElement().satisfies(post -> {
			assertThat(post.snapshotDate()).isEqualTo(LocalDate.of(2022, 3, 1));
			assertThat(post.flag().status()).isEqualTo(FlagStatus.OVER);
		});
		assertThat(page.earlier()).singleElement().satisfies(post -> assertThat(post.figures().children()).isEqualTo(25));
		assertThat(page.overThreshold()).isEqualTo(1);
		assertThat(page.staffing().get(0).posts()).isEqualTo(3);
		assertThat(page.staffingChanges()).extracting(StaffingChange::oldPosts, StaffingChange::posts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(null, 2));
		// Children per post over time: 25 on 22 Nov 2021 (as corrected), 27 on 1 Mar 2022.
		assertThat(page.overTime().rows()).extracting(ChildrenOverTime.Row::children)
			.containsExactly(java.util.List.of(25), java.util.List.of(27));
	}

	private CaseloadPage asOf(LocalDate day) {
		return queries.page(locality, AsOf.endOf(day, clock)).orElseThrow();
	}

	private static Instant at(String day) {
		return ZonedDateTime.of(LocalDate.parse(day).atTime(10, 0), AsOf.UK).toInstant();
	}
}

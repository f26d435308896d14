package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * A locality's survey figures rebuilt as they were recorded on past dates.
 *
 * Wave "March 2021" added 15 April 2021 with 12.9 % after dark (no sample size); corrected on 1 June 2021 to
 * 13.9 % of 93; wave "September 2021" added 15 October 2021 with 48.98 % of 185.
 */
class SurveyAsOfIT extends IntegrationTest {

	@Autowired
	SurveyQueries queries;

	private long locality;

	@BeforeEach
	void history() {
		SurveyFixtures fixtures = new SurveyFixtures(jdbc);
		locality = fixtures.locality("Survey As Of Ward " + System.nanoTime());
		long march = fixtures.wave(locality, "March 2021", LocalDate.of(2021, 3, 1), null, Instant.parse("2021-04-15T09:00:00Z"));
		long result = fixtures.result(march, "safe_dark", "12.9", null, Instant.parse("2021-04-15T09:00:00Z"));
		fixtures.correct(result, "13.9", 93, Instant.parse("2021-06-01T09:00:00Z"));
		long september = fixtures.wave(locality, "September 2021", LocalDate.of(2021, 9, 1), null,
				Instant.parse("2021-10-15T09:00:00Z"));
		fixtures.result(september, "safe_dark", "48.98", 185, Instant.parse("2021-10-15T09:00:00Z"));
	}

	private QuestionTrend safeDark(String day) {
		LocalDate date = LocalDate.parse(day);
		AsOf asOf = new AsOf(date.plusDays(1).atStartOfDay(AsOf.UK).toInstant(), date, true);
		LocalitySurveys surveys = queries.locality(locality, asOf).orElseThrow();
		return surveys.trends().stream().filter(trend -> trend.question().code().equals("safe_dark")).findFirst().orElseThrow();
	}

	@Test
	void beforeAnythingWasRecordedThereAreNoWaves() {
		assertThat(safeDark("2021-04-14").rows()).isEmpty();
	}

	@Test
	void inMayTheFirstFigureShowsWithoutASampleSize() {
		QuestionTrend trend = safeDark("2021-05-01");
		assertThat(trend.rows()).singleElement().satisfies(row -> {
			assertThat(row.percent().text()).isEqualTo("12.9");
			assertThat(row.respondents()).isNull();
		});
	}

	@Test
	void inJulyTheCorrectionShowsAndTheSecondWaveIsNotThereYet() {
		QuestionTrend trend = safeDark("2021-07-01");
		assertThat(trend.rows()).singleElement().satisfies(row -> {
			assertThat(row.percent().text()).isEqualTo("13.9");
			assertThat(row.respondents()).isEqualTo(93);
		});
	}

	@Test
	void inNovemberBothWavesShowAndTheChangeIsTested() {
		QuestionTrend trend = safeDark("2021-11-01");
		assertThat(trend.rows()).extracting(row -> row.percent().text()).containsExactly("13.9", "48.98");
		// 13.9 % of 93 → 48.98 % of 185: pooled = (12.927 + 90.613) / 278 = 0.37244604,
		// se = √(0.37244604 × 0.62755396 × 0.01615809) = √0.00377663 = 0.06145430, z = 0.3508 / 0.06145430 = 5.71 → significant
		assertThat(trend.rows().get(1).change().verdict()).isEqualTo(ChangeVerdict.SIGNIFICANT);
		assertThat(trend.rows().get(1).change().pointsText()).isEqualTo("35.08");
	}

	@Test
	void theCorrectionIsListedOnlyFromTheDayItWasMade() {
		LocalDate may = LocalDate.parse("2021-05-01");
		assertThat(queries.locality(locality, new AsOf(may.plusDays(1).atStartOfDay(AsOf.UK).toInstant(), may, true)).orElseThrow()
			.corrections()).isEmpty();
		LocalDate july = LocalDate.parse("2021-07-01");
		assertThat(queries.locality(locality, new AsOf(july.plusDays(1).atStartOfDay(AsOf.UK).toInstant(), july, true)).orElseThrow()
			.corrections()).singleElement().satisfies(correction -> {
				assertThat(correction.oldPercent().text()).isEqualTo("12.9");
				assertThat(correction.percent().text()).isEqualTo("13.9");
				assertThat(correction.respondents()).isEqualTo(93);
			});
	}
}

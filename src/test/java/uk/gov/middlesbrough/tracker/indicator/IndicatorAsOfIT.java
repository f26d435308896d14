package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Figures "as of" a past day come from the revisions recorded by then. The history, worked by hand:
 * <pre>
 *   1 Feb 2022  January figure recorded: 35
 *   1 Mar 2022  February figure recorded: 30
 *  10 Mar 2022  February corrected: 30 → 40
 * </pre>
 * Indicator: count, lower is better, target 20, tolerance 2.
 */
class IndicatorAsOfIT extends IntegrationTest {

	@Autowired
	IndicatorQueries queries;


	private long indicator;
	private long locality;

	@BeforeEach
	void history() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		indicator = fixtures.indicator("as-of-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "2");
		locality = fixtures.locality("As Of Ward");
		fixtures.figure(indicator, locality, LocalDate.of(2022, 1, 31), "35", "January report", Instant.parse("2022-02-01T10:00:00Z"));
		fixtures.figure(indicator, locality, LocalDate.of(2022, 2, 28), "30", "February report", Instant.parse("2022-03-01T10:00:00Z"));
		fixtures.correct(indicator, locality, LocalDate.of(2022, 2, 28), "40", "Late reports added", Instant.parse("2022-03-10T10:00:00Z"));
	}

	private IndicatorPage asOf(int month, int day) {
		return queries.page(indicator, AsOf.endOf(LocalDate.of(2022, month, day), clock)).orElseThrow();
	}

	@Test
	void beforeAnythingWasRecordedThereAreNoFigures() {
		assertThat(asOf(1, 15).localities()).isEmpty();
	}

	@Test
	void onFifteenthFebruaryOnlyJanuaryWasKnown() {
		LocalitySeries series = asOf(2, 15).localities().get(0);
		assertThat(series.points()).extracting(FigurePoint::formatted).containsExactly("35");
		assertThat(series.direction()).isEqualTo(DirectionOfTravel.NOT_ENOUGH_DATA);
		// 35 against target 20, lower is better: shortfall 35 − 20 = 15 > tolerance 2.
		assertThat(series.targetCheck()).isEqualTo(new TargetCheck(TargetStatus.OFF_TARGET, new java.math.BigDecimal("15.00"), true));
	}

	@Test
	void onFifthMarchFebruaryReadThirtySoThingsWereImproving() {
		IndicatorPage page = asOf(3, 5);
		LocalitySeries series = page.localities().get(0);
		assertThat(series.points()).extracting(FigurePoint::formatted).containsExactly("35", "30");
		// 30 − 35 = −5; |−5| = 5 > 2; lower is better → improving.
		assertThat(series.direction()).isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(series.arrow()).isEqualTo("↓");
		assertThat(page.corrections()).isEmpty();
	}

	@Test
	void afterTheCorrectionFebruaryReadsFortySoThingsWereWorsening() {
		IndicatorPage page = asOf(3, 15);
		LocalitySeries series = page.localities().get(0);
		assertThat(series.points()).extracting(FigurePoint::formatted).containsExactly("35", "40");
		assertThat(series.latest().note()).isEqualTo("Late reports added");
		// 40 − 35 = +5 > 2; lower is better → worsening; 40 − 20 = 20 over target, beyond tolerance.
		assertThat(series.direction()).isEqualTo(DirectionOfTravel.WORSENING);
		assertThat(series.targetCheck().beyondTolerance()).isTrue();
		assertThat(page.corrections()).extracting(CorrectionRow::oldValue, CorrectionRow::newValue, CorrectionRow::periodLabel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("30", "40", "February 2022"));
	}

	@Test
	void theSeriesAcrossAllIndicatorsReadsTheSameHistory() {
		assertThat(queries.recentSeries(java.util.List.of(locality), AsOf.endOf(LocalDate.of(2022, 3, 5), clock), 2).stream()
				.filter(s -> s.indicator().id() == indicator).findFirst().orElseThrow().series().direction())
			.isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(queries.series(indicator, locality, AsOf.endOf(LocalDate.of(2022, 3, 15), clock)).orElseThrow().direction())
			.isEqualTo(DirectionOfTravel.WORSENING);
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.chart.ChartSeries;

/** A series judged on a day: direction not across long gaps, and whether its next figure is overdue. */
class LocalitySeriesTests {

	// Anti-social behaviour incidents: lower is better, target 20, tolerance 1, monthly.
	private static final IndicatorView ASB = new IndicatorView(1, "asb", "Anti-social behaviour incidents", null, Unit.COUNT,
			Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, "Police", null, null, new BigDecimal("20"), BigDecimal.ONE, 0);

	@Test
	void consecutiveMonthsAreComparedAndARecentFigureIsNotOverdue() {
		// 35 in September, 9 in October: down 26, better; read on 4 December, November's figure is due, not overdue.
		LocalitySeries series = series(LocalDate.of(2026, 12, 4), point("2026-09-30", "35"), point("2026-10-31", "9"));
		assertThat(series.direction()).isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(series.arrow()).isEqualTo("↓");
		assertThat(series.due()).isEqualTo(FigureDue.State.DUE);
		assertThat(series.overdue()).isFalse();
	}

	@Test
	void figuresThreeMonthsApartAreNotComparedThoughTheTargetIsStillChecked() {
		LocalitySeries series = series(LocalDate.of(2026, 11, 4), point("2026-07-31", "35"), point("2026-10-31", "9"));
		assertThat(series.direction()).isEqualTo(DirectionOfTravel.NOT_COMPARED);
		assertThat(series.arrow()).isEmpty();
		assertThat(series.targetCheck().status()).isEqualTo(TargetStatus.ON_TARGET);
	}

	@Test
	void aFigureFromJanuary2022ReadInDecember2026IsOverdue() {
		LocalitySeries series = series(LocalDate.of(2026, 12, 4), point("2021-12-31", "12"), point("2022-01-31", "9"));
		assertThat(series.direction()).isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(series.overdue()).isTrue();
		// The same series in a view as of 20 February 2022 was not yet overdue (February's figure was due from 1 March).
		assertThat(series(LocalDate.of(2022, 2, 20), point("2021-12-31", "12"), point("2022-01-31", "9")).due())
			.isEqualTo(FigureDue.State.NOT_YET);
	}

	@Test
	void theTrendLineBreaksBetweenFiguresMoreThanTwoPeriodsApart() {
		// July, August, then November: August to November is three months, so the line breaks on 15 October
		// (halfway: 92 days after 31 August, 46 days on).
		LocalitySeries series = series(LocalDate.of(2026, 12, 4), point("2026-07-31", "30"), point("2026-08-31", "28"),
				point("2026-11-30", "25"));
		assertThat(series.chartLine(Frequency.MONTHLY).points()).containsExactly(
				new ChartSeries.Point(LocalDate.of(2026, 7, 31), 30.0, "30"), new ChartSeries.Point(LocalDate.of(2026, 8, 31), 28.0, "28"),
				new ChartSeries.Point(LocalDate.of(2026, 10, 15), (Double) null, null),
				new ChartSeries.Point(LocalDate.of(2026, 11, 30), 25.0, "25"));
		assertThat(series.chartLine(Frequency.QUARTERLY).points()).hasSize(3);
	}

	private static LocalitySeries series(LocalDate day, FigurePoint... points) {
		return LocalitySeries.of(ASB, 2, "North Ormesby", List.of(points), day);
	}

	private static FigurePoint point(String period, String value) {
		LocalDate date = LocalDate.parse(period);
		BigDecimal number = new BigDecimal(value);
		return new FigurePoint(date, ASB.period(date), number, ASB.format(number), null, null);
	}
}

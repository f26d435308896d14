package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.support.Messages;

/** A series in words, true of every figure and not only of the last step; each expected sentence worked by hand. */
class TrendDescriptionTests {

	// Long-term empty homes: annual, lower is better, target 100, tolerance 3.
	private static final IndicatorView HOMES = new IndicatorView(8, "homes", "Long-term empty homes", null, Unit.COUNT,
			Polarity.LOWER_IS_BETTER, Frequency.ANNUAL, "Council", null, null, new BigDecimal("100"), new BigDecimal("3"), 0);
	// Children's Centre contacts: annual, higher is better, no target, tolerance 50.
	private static final IndicatorView CONTACTS = new IndicatorView(3, "contacts", "Children's Centre contacts", null,
			Unit.COUNT, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, "Centre", null, null, null, new BigDecimal("50"), 0);
	// Anti-social behaviour incidents: monthly, lower is better, tolerance 1.
	private static final IndicatorView ASB = new IndicatorView(1, "asb", "Anti-social behaviour incidents", null, Unit.COUNT,
			Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, "Police", null, null, new BigDecimal("20"), BigDecimal.ONE, 0);

	private final TrendDescription words = new TrendDescription(Messages.bundles(), Locale.UK);

	@Test
	void fourAnnualFiguresAreEachListedWithTheLowestAndHighestAndTheLatestChangeJudged() {
		// 148, 150, 131, 138: lowest 131 (2021), highest 150 (2020); 131 → 138 is up 7 > tolerance 3, and lower is
		// better, so worsening, although 138 is below where the series began.
		LocalitySeries series = series(HOMES, year(2019, "148"), year(2020, "150"), year(2021, "131"), year(2022, "138"));
		assertThat(words.of(HOMES, series)).isEqualTo("4 figures, 2019 to 2022: 148 in 2019; 150 in 2020; 131 in 2021; "
				+ "138 in 2022. Lowest 131 in 2021, highest 150 in 2020. Latest change 131 to 138: lower is better, so worsening.");
	}

	@Test
	void twoFiguresWithinTheToleranceAreNoChange() {
		// 3,335 → 3,345: up 10, within 50. Two figures are both listed, so no lowest and highest.
		LocalitySeries series = series(CONTACTS, year(2020, "3335"), year(2021, "3345"));
		assertThat(words.of(CONTACTS, series)).isEqualTo("2 figures, 2020 to 2021: 3,335 in 2020; 3,345 in 2021. "
				+ "Latest change 3,335 to 3,345: within the tolerance of 50, so no change.");
	}

	@Test
	void aSingleFigureSaysItIsTheOnlyOne() {
		LocalitySeries series = series(HOMES, year(2022, "138"));
		assertThat(words.of(HOMES, series)).isEqualTo("138 in 2022, the only figure so far; lower is better.");
	}

	@Test
	void figuresTooFarApartAreNotCompared() {
		// 2017, 2018, then 2021: three years between the last two, so no direction; 120 is the lowest, 150 the highest.
		LocalitySeries series = series(HOMES, year(2017, "150"), year(2018, "140"), year(2021, "120"));
		assertThat(words.of(HOMES, series)).isEqualTo("3 figures, 2017 to 2021: 150 in 2017; 140 in 2018; 120 in 2021. "
				+ "Lowest 120 in 2021, highest 150 in 2017. The latest two figures, 140 in 2018 and 120 in 2021, are more "
				+ "than two periods apart, so they are not compared.");
	}

	@Test
	void aRepeatedLowestIsNamedByItsFirstPeriod() {
		// 12, 9, 15, 9: the lowest 9 first came in February; 15 → 9 is down 6 > 1, lower is better: improving.
		LocalitySeries series = series(ASB, month(1, "12"), month(2, "9"), month(3, "15"), month(4, "9"));
		assertThat(words.of(ASB, series)).isEqualTo("4 figures, January 2022 to April 2022: 12 in January 2022; "
				+ "9 in February 2022; 15 in March 2022; 9 in April 2022. Lowest 9 in February 2022, highest 15 in March 2022. "
				+ "Latest change 15 to 9: lower is better, so improving.");
	}

	@Test
	void moreThanTwelveFiguresAreDescribedBySpanLowestAndHighest() {
		// 13 months, January 2021 to January 2022, 30 down to 18 one a month: lowest 18 (January 2022), highest 30
		// (January 2021); 19 → 18 is down 1, within the tolerance of 1.
		List<FigurePoint> points = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			points.add(point(ASB, LocalDate.of(2021, 1, 31).plusMonths(i).withDayOfMonth(1).plusMonths(1).minusDays(1),
					String.valueOf(30 - i)));
		}
		LocalitySeries series = LocalitySeries.of(ASB, 1, "Newport", points, LocalDate.of(2022, 2, 10));
		assertThat(words.of(ASB, series)).isEqualTo("13 figures, January 2021 to January 2022. "
				+ "Lowest 18 in January 2022, highest 30 in January 2021. "
				+ "Latest change 19 to 18: within the tolerance of 1, so no change.");
	}

	private static LocalitySeries series(IndicatorView indicator, FigurePoint... points) {
		LocalDate latest = points[points.length - 1].period();
		return LocalitySeries.of(indicator, 1, "Newport", List.of(points), latest.plusDays(1));
	}

	private static FigurePoint year(int year, String value) {
		return point(HOMES, LocalDate.of(year, 12, 31), value);
	}

	private static FigurePoint month(int month, String value) {
		LocalDate start = LocalDate.of(2022, month, 1);
		return point(ASB, start.withDayOfMonth(start.lengthOfMonth()), value);
	}

	private static FigurePoint point(IndicatorView indicator, LocalDate period, String value) {
		BigDecimal number = new BigDecimal(value);
		return new FigurePoint(period, indicator.period(period), number, indicator.format(number), null, null);
	}
}

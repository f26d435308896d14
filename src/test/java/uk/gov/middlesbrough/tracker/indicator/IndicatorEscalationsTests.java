package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.support.Messages;

/** Why the indicator module puts an item on the DIG list, in words, and the keys that name its causes. */
class IndicatorEscalationsTests {

	private final IndicatorEscalations wording = new IndicatorEscalations(null, Messages.bundles());

	@Test
	void eachKeyNamesItsKindAndTheIdsOfItsCause() {
		assertThat(IndicatorEscalations.WORSENING.key("indicator", 4, "locality", 2)).isEqualTo("WORSENING:indicator:4:locality:2");
		assertThat(IndicatorEscalations.OFF_TARGET.key("indicator", 4, "locality", 2)).isEqualTo("OFF_TARGET:indicator:4:locality:2");
	}

	@Test
	void aWorseningIndicatorGivesBothFiguresTheirPeriodsAndWhichWayIsBetter() {
		IndicatorView asb = indicator(Unit.COUNT, Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, "20", "2");
		// 14 → 20: +6, more than the tolerance of 2, and lower is better → worsening.
		LocalitySeries series = series(asb, DirectionOfTravel.WORSENING, point(asb, LocalDate.of(2021, 12, 31), "14"),
				point(asb, LocalDate.of(2022, 1, 31), "20"));
		assertThat(wording.worsening(asb, series)).isEqualTo("Worsening: 14 in December 2021 to 20 in January 2022; lower is better");
	}
	@Test
	void aFallInAHigherIsBetterPercentageReadsTheSameWay() {
		IndicatorView owners = indicator(Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, "35", "0.5");
		// 33.4 → 32.6: −0.8, more than the tolerance of 0.5, and higher is better → worsening.
		LocalitySeries series = series(owners, DirectionOfTravel.WORSENING, point(owners, LocalDate.of(2021, 12, 31), "33.4"),
				point(owners, LocalDate.of(2022, 12, 31), "32.6"));
		assertThat(wording.worsening(owners, series)).isEqualTo("Worsening: 33.4% in 2021 to 32.6% in 2022; higher is better");
	}
	@Test
	void anIndicatorOffTargetGivesTheMissAndTheTolerance() {
		IndicatorView lookedAfter = indicator(Unit.PERCENTAGE, Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, "5", "0.25");
		// 6.62 against a target of 5, lower is better: misses it by 6.62 − 5 = 1.62, more than 0.25.
		LocalitySeries series = series(lookedAfter, DirectionOfTravel.NOT_ENOUGH_DATA,
				point(lookedAfter, LocalDate.of(2022, 1, 17), "6.62"));
		assertThat(series.targetCheck().shortfall()).isEqualByComparingTo("1.62");
		assertThat(wording.offTarget(lookedAfter, series)).isEqualTo(
				"Off target: 6.62% (17 January 2022) against a target of 5%; misses it by 1.62%, more than the tolerance of 0.25%; lower is better");
	}

	private static IndicatorView indicator(Unit unit, Polarity polarity, Frequency frequency, String target, String tolerance) {
		return new IndicatorView(4, "code", "Indicator", null, unit, polarity, frequency, "Source", null, null,
				new BigDecimal(target), new BigDecimal(tolerance), 0);
	}

	private static FigurePoint point(IndicatorView indicator, LocalDate period, String value) {
		BigDecimal number = new BigDecimal(value);
		return new FigurePoint(period, indicator.period(period), number, indicator.format(number), null, null);
	}

	private static LocalitySeries series(IndicatorView indicator, DirectionOfTravel direction, FigurePoint... points) {
		FigurePoint latest = points[points.length - 1];
		return new LocalitySeries(2, "North Ormesby", List.of(points), direction, "",
				TargetCheck.of(latest.value(), indicator.target(), indicator.polarity(), indicator.tolerance()), FigureDue.State.NOT_YET);
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.indicator.DirectionOfTravel.IMPROVING;
import static uk.gov.middlesbrough.tracker.indicator.DirectionOfTravel.NOT_ENOUGH_DATA;
import static uk.gov.middlesbrough.tracker.indicator.DirectionOfTravel.NO_CHANGE;
import static uk.gov.middlesbrough.tracker.indicator.DirectionOfTravel.WORSENING;
import static uk.gov.middlesbrough.tracker.indicator.Polarity.HIGHER_IS_BETTER;
import static uk.gov.middlesbrough.tracker.indicator.Polarity.LOWER_IS_BETTER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DirectionOfTravelTests {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void anAntiSocialBehaviourFallIsAnImprovementBecauseLowerIsBetter() {
		// December 12 → January 9: difference 9 − 12 = −3; |−3| = 3 > tolerance 2; lower is better, so improving.
		assertThat(DirectionOfTravel.of(n("12"), n("9"), LOWER_IS_BETTER, n("2"))).isEqualTo(IMPROVING);
		// and the value went down, so the arrow points down although things got better.
		assertThat(DirectionOfTravel.arrow(n("12"), n("9"), n("2"))).isEqualTo("↓");
	}

	@Test
	void anAntiSocialBehaviourRiseIsWorsening() {
		// May 35 → June 50: difference +15 > tolerance 2; lower is better, so worsening; arrow up.
		assertThat(DirectionOfTravel.of(n("35"), n("50"), LOWER_IS_BETTER, n("2"))).isEqualTo(WORSENING);
		assertThat(DirectionOfTravel.arrow(n("35"), n("50"), n("2"))).isEqualTo("↑");
	}

	@Test
	void aRiseInFamiliesReachedIsAnImprovementBecauseHigherIsBetter() {
		// 2020 181 → 2021 245: difference +64 > tolerance 10; higher is better, so improving; arrow up.
		assertThat(DirectionOfTravel.of(n("181"), n("245"), HIGHER_IS_BETTER, n("10"))).isEqualTo(IMPROVING);
		assertThat(DirectionOfTravel.arrow(n("181"), n("245"), n("10"))).isEqualTo("↑");
	}

	@Test
	void aFallInFamiliesReachedIsWorsening() {
		// 245 → 200: difference −45, |−45| = 45 > 10; higher is better, so worsening; arrow down.
		assertThat(DirectionOfTravel.of(n("245"), n("200"), HIGHER_IS_BETTER, n("10"))).isEqualTo(WORSENING);
		assertThat(DirectionOfTravel.arrow(n("245"), n("200"), n("10"))).isEqualTo("↓");
	}

	@Test
	void aChangeOfExactlyTheToleranceIsNoChangeForBothPolarities() {
		// 7.54 → 7.04: difference −0.50, |−0.50| = 0.50 = tolerance 0.5 → no change (the boundary counts as within).
		assertThat(DirectionOfTravel.of(n("7.54"), n("7.04"), LOWER_IS_BETTER, n("0.5"))).isEqualTo(NO_CHANGE);
		assertThat(DirectionOfTravel.of(n("7.54"), n("7.04"), HIGHER_IS_BETTER, n("0.5"))).isEqualTo(NO_CHANGE);
		// 7.54 → 8.04: difference +0.50 = tolerance → no change either way; the arrow is level.
		assertThat(DirectionOfTravel.of(n("7.54"), n("8.04"), LOWER_IS_BETTER, n("0.5"))).isEqualTo(NO_CHANGE);
		assertThat(DirectionOfTravel.of(n("7.54"), n("8.04"), HIGHER_IS_BETTER, n("0.5"))).isEqualTo(NO_CHANGE);
		assertThat(DirectionOfTravel.arrow(n("7.54"), n("8.04"), n("0.5"))).isEqualTo("→");
	}

	@Test
	void aChangeJustBeyondTheToleranceCounts() {
		// 7.54 → 8.05: difference +0.51 > 0.5 → lower is better: worsening; higher is better: improving.
		assertThat(DirectionOfTravel.of(n("7.54"), n("8.05"), LOWER_IS_BETTER, n("0.5"))).isEqualTo(WORSENING);
		assertThat(DirectionOfTravel.of(n("7.54"), n("8.05"), HIGHER_IS_BETTER, n("0.5"))).isEqualTo(IMPROVING);
		// 7.54 → 7.03: difference −0.51 → lower is better: improving; higher is better: worsening.
		assertThat(DirectionOfTravel.of(n("7.54"), n("7.03"), LOWER_IS_BETTER, n("0.5"))).isEqualTo(IMPROVING);
		assertThat(DirectionOfTravel.of(n("7.54"), n("7.03"), HIGHER_IS_BETTER, n("0.5"))).isEqualTo(WORSENING);
	}

	@Test
	void withZeroToleranceOnlyAnIdenticalValueIsNoChange() {
		// 35 → 35: difference 0 ≤ 0 → no change; 35 → 36: difference 1 > 0 → worsening when lower is better.
		assertThat(DirectionOfTravel.of(n("35"), n("35.00"), LOWER_IS_BETTER, BigDecimal.ZERO)).isEqualTo(NO_CHANGE);
		assertThat(DirectionOfTravel.of(n("35"), n("36"), LOWER_IS_BETTER, BigDecimal.ZERO)).isEqualTo(WORSENING);
	}

	@Test
	void oneValueIsNotEnoughData() {
		assertThat(DirectionOfTravel.of(null, n("6.62"), LOWER_IS_BETTER, n("0.5"))).isEqualTo(NOT_ENOUGH_DATA);
		assertThat(DirectionOfTravel.of(null, null, HIGHER_IS_BETTER, n("0"))).isEqualTo(NOT_ENOUGH_DATA);
		assertThat(DirectionOfTravel.arrow(null, n("6.62"), n("0.5"))).isEmpty();
	}
}

package uk.gov.middlesbrough.tracker.survey.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values worked by hand (calculator, 8 decimal places) from
 * centre = (p + z²/2n) / (1 + z²/n) and half-width = z / (1 + z²/n) × √(p(1−p)/n + z²/4n²),
 * with z = 1.959964, so z² = 1.959964 × 1.959964 = 3.84145888.
 */
class WilsonIntervalTests {

	private static final double CLOSE = 0.000001;

	@Test
	void halfOfOneHundredIsCentredOnAHalfWithAHalfWidthOfNinePointSixPoints() {
		// z²/n        = 3.84145888 / 100               = 0.03841459
		// denominator = 1 + 0.03841459                  = 1.03841459
		// centre      = (0.5 + 3.84145888/200) / 1.03841459 = (0.5 + 0.01920729) / 1.03841459
		//             = 0.51920729 / 1.03841459         = 0.50000000 (symmetric at p = ½)
		// inside √    = 0.5 × 0.5 / 100 + 3.84145888 / (4 × 100²) = 0.0025 + 0.00009604 = 0.00259604
		// √           = 0.05095131
		// z / denom   = 1.959964 / 1.03841459           = 1.88745807
		// half-width  = 1.88745807 × 0.05095131          = 0.09616847
		// interval    = 0.40383153 to 0.59616847 (40.4 % to 59.6 %)
		WilsonInterval interval = WilsonInterval.of(0.5, 100);
		assertThat(interval.centre()).isCloseTo(0.5, within(CLOSE));
		assertThat(interval.halfWidth()).isCloseTo(0.09616847, within(CLOSE));
		assertThat(interval.lower()).isCloseTo(0.40383153, within(CLOSE));
		assertThat(interval.upper()).isCloseTo(0.59616847, within(CLOSE));
	}

	@Test
	void newportsFirstDaytimeFigureOfNinetyThreeRespondentsIsPulledTowardsAHalf() {
		// p = 31.18 % = 0.3118, n = 93
		// z²/n        = 3.84145888 / 93                 = 0.04130601
		// denominator = 1.04130601
		// centre      = (0.3118 + 3.84145888/186) / 1.04130601 = (0.3118 + 0.02065300) / 1.04130601
		//             = 0.33245300 / 1.04130601         = 0.31926542
		// inside √    = 0.3118 × 0.6882 / 93 + 3.84145888 / (4 × 93²)
		//             = 0.21458076 / 93 + 3.84145888 / 34596 = 0.00230732 + 0.00011104 = 0.00241836
		// √           = 0.04917680
		// z / denom   = 1.959964 / 1.04130601           = 1.88221712
		// half-width  = 1.88221712 × 0.04917680          = 0.09256141
		// interval    = 0.31926542 ∓ 0.09256141 = 0.22670401 to 0.41182684 (22.7 % to 41.2 %)
		WilsonInterval interval = WilsonInterval.of(0.3118, 93);
		assertThat(interval.centre()).isCloseTo(0.31926542, within(CLOSE));
		assertThat(interval.halfWidth()).isCloseTo(0.09256141, within(CLOSE));
		assertThat(interval.lower()).isCloseTo(0.22670401, within(CLOSE));
		assertThat(interval.upper()).isCloseTo(0.41182684, within(CLOSE));
	}

	@Test
	void noneAgreeingStillGivesAnIntervalAboveZero() {
		// p = 0, n = 50
		// z²/n        = 3.84145888 / 50 = 0.07682918; denominator = 1.07682918
		// centre      = (0 + 3.84145888/100) / 1.07682918 = 0.03841459 / 1.07682918 = 0.03567380
		// inside √    = 0 + 3.84145888 / (4 × 2500) = 0.00038415; √ = 0.01959964 (= z/2n × 2... = z/100)
		// half-width  = 1.959964 / 1.07682918 × 0.01959964 = 1.82012527 × 0.01959964 = 0.03567380
		// interval    = 0 to 0.07134760 (0 % to 7.1 %): the lower end is exactly 0, never negative
		WilsonInterval interval = WilsonInterval.of(0, 50);
		assertThat(interval.centre()).isCloseTo(0.03567380, within(CLOSE));
		assertThat(interval.halfWidth()).isCloseTo(0.03567380, within(CLOSE));
		assertThat(interval.lower()).isEqualTo(0.0);
		assertThat(interval.upper()).isCloseTo(0.07134760, within(CLOSE));
	}

	@Test
	void allAgreeingMirrorsNoneAgreeing() {
		// p = 1, n = 50: the mirror image of p = 0
		// centre      = (1 + 0.03841459) / 1.07682918 = 1.03841459 / 1.07682918 = 0.96432620
		// half-width  = 0.03567380 (p(1−p) = 0 as before)
		// interval    = 0.92865240 to 1 (92.9 % to 100 %): the upper end is 1 (to rounding), never above
		WilsonInterval interval = WilsonInterval.of(1, 50);
		assertThat(interval.centre()).isCloseTo(0.96432620, within(CLOSE));
		assertThat(interval.lower()).isCloseTo(0.92865240, within(CLOSE));
		assertThat(interval.upper()).isCloseTo(1.0, within(CLOSE)).isLessThanOrEqualTo(1.0);
	}

	@Test
	void refusesASampleOfNobodyAndAProportionOutsideNoughtToOne() {
		assertThatThrownBy(() -> WilsonInterval.of(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WilsonInterval.of(1.2, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WilsonInterval.of(-0.1, 10)).isInstanceOf(IllegalArgumentException.class);
	}
}

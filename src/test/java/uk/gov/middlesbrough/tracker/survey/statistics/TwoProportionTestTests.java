package uk.gov.middlesbrough.tracker.survey.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values worked by hand from pooled = (p1·n1 + p2·n2)/(n1 + n2),
 * se = √(pooled(1 − pooled)(1/n1 + 1/n2)), z = (p2 − p1)/se, p-value = 2(1 − Φ(|z|)), with Φ read from
 * a standard normal table.
 */
class TwoProportionTestTests {

	@Test
	void newportsDaytimeRiseFromThirtyOneToSixtyNinePercentWouldBeSignificantWithSamplesOf93And185() {
		// p1 = 0.3118 of n1 = 93  → 0.3118 × 93  = 28.9974 agreeing
		// p2 = 0.6865 of n2 = 185 → 0.6865 × 185 = 127.0025 agreeing
		// pooled = (28.9974 + 127.0025) / 278 = 155.9999 / 278 = 0.56115072
		// pooled(1 − pooled) = 0.56115072 × 0.43884928 = 0.24626059
		// 1/93 + 1/185 = 0.01075269 + 0.00540541 = 0.01615809
		// se = √(0.24626059 × 0.01615809) = √0.00397910 = 0.06308012
		// z  = (0.6865 − 0.3118) / 0.06308012 = 0.3747 / 0.06308012 = 5.940065
		// Φ(5.94) is 1 to eight places; the tail 1 − Φ(5.94) ≈ 1.42 × 10⁻⁹, so p ≈ 2.85 × 10⁻⁹ < 0.05
		TwoProportionTest test = TwoProportionTest.of(0.3118, 93, 0.6865, 185);
		assertThat(test.z()).isCloseTo(5.940065, within(0.000001));
		assertThat(test.pValue()).isCloseTo(2.85e-9, within(0.01e-9));
		assertThat(test.significant()).isTrue();
	}

	@Test
	void newportsDaytimeRiseFromThirtyOneToThirtyFivePercentIsNotSignificantWithTwoSamplesOf93() {
		// p1 = 0.3118, p2 = 0.3549, n1 = n2 = 93
		// pooled = (28.9974 + 33.0057) / 186 = 62.0031 / 186 = 0.33335
		// pooled(1 − pooled) = 0.33335 × 0.66665 = 0.22222778
		// 1/93 + 1/93 = 0.02150538
		// se = √(0.22222778 × 0.02150538) = √0.00477909 = 0.06913098
		// z  = 0.0431 / 0.06913098 = 0.623454
		// Φ(0.6235) = 0.73351 (table: Φ(0.62) = 0.7324, Φ(0.63) = 0.7357, interpolated)
		// p  = 2 × (1 − 0.73351) = 0.53299 ≥ 0.05: not significant
		TwoProportionTest test = TwoProportionTest.of(0.3118, 93, 0.3549, 93);
		assertThat(test.z()).isCloseTo(0.623454, within(0.000001));
		assertThat(test.pValue()).isCloseTo(0.53299, within(0.0001));
		assertThat(test.significant()).isFalse();
	}

	@Test
	void aFallIsANegativeZAndJustUnderTheFivePercentLineIsSignificant() {
		// p1 = 0.54 of 100, p2 = 0.40 of 100
		// pooled = (54 + 40) / 200 = 0.47; pooled(1 − pooled) = 0.47 × 0.53 = 0.2491
		// se = √(0.2491 × (1/100 + 1/100)) = √0.004982 = 0.07058328
		// z  = (0.40 − 0.54) / 0.07058328 = −0.14 / 0.07058328 = −1.983472
		// Φ(1.9835) = 0.97634 (table: Φ(1.98) = 0.97615, Φ(1.99) = 0.97670)
		// p  = 2 × (1 − 0.97634) = 0.04731 < 0.05: significant, just
		TwoProportionTest test = TwoProportionTest.of(0.54, 100, 0.40, 100);
		assertThat(test.z()).isCloseTo(-1.983472, within(0.000001));
		assertThat(test.pValue()).isCloseTo(0.04731, within(0.0001));
		assertThat(test.significant()).isTrue();
	}

	@Test
	void equalProportionsGiveZOfZeroAndAPValueOfOne() {
		// p1 = p2 = 0.40, n1 = 100, n2 = 150: pooled = (40 + 60) / 250 = 0.40
		// se = √(0.24 × (0.01 + 0.00666667)) = √0.004 = 0.06324555; z = 0 / 0.06324555 = 0
		// p  = 2 × (1 − Φ(0)) = 2 × 0.5 = 1
		TwoProportionTest test = TwoProportionTest.of(0.40, 100, 0.40, 150);
		assertThat(test.z()).isZero();
		assertThat(test.pValue()).isEqualTo(1.0);
		assertThat(test.significant()).isFalse();
	}

	@Test
	void everyoneAgreeingInBothWavesIsNoChangeRatherThanADivisionByZero() {
		// pooled = 1, so se = √(1 × 0 × …) = 0: equal proportions, z = 0, p = 1
		TwoProportionTest test = TwoProportionTest.of(1, 40, 1, 60);
		assertThat(test.z()).isZero();
		assertThat(test.pValue()).isEqualTo(1.0);
		assertThat(test.significant()).isFalse();
	}

	@Test
	void refusesAnEmptySample() {
		assertThatThrownBy(() -> TwoProportionTest.of(0.5, 0, 0.5, 10)).isInstanceOf(IllegalArgumentException.class);
	}
}

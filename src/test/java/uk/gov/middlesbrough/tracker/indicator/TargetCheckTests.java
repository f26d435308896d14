package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.indicator.Polarity.HIGHER_IS_BETTER;
import static uk.gov.middlesbrough.tracker.indicator.Polarity.LOWER_IS_BETTER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetCheckTests {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void lowerIsBetterIsOnTargetAtOrBelowTheTarget() {
		// target 20 incidents: 9 ≤ 20 → on target; 20 = 20 → on target (meeting the target is on target).
		assertThat(TargetCheck.of(n("9"), n("20"), LOWER_IS_BETTER, n("2")))
			.isEqualTo(new TargetCheck(TargetStatus.ON_TARGET, BigDecimal.ZERO, false));
		assertThat(TargetCheck.of(n("20"), n("20"), LOWER_IS_BETTER, n("2")).status()).isEqualTo(TargetStatus.ON_TARGET);
	}

	@Test
	void lowerIsBetterMissesByTheExcessOverTheTarget() {
		// 22 against 20: shortfall 22 − 20 = 2, not more than tolerance 2 → off target, within tolerance.
		TargetCheck withinTolerance = TargetCheck.of(n("22"), n("20"), LOWER_IS_BETTER, n("2"));
		assertThat(withinTolerance.status()).isEqualTo(TargetStatus.OFF_TARGET);
		assertThat(withinTolerance.shortfall()).isEqualByComparingTo("2");
		assertThat(withinTolerance.beyondTolerance()).isFalse();
		// 50 against 20: shortfall 30 > 2 → off target, beyond tolerance.
		TargetCheck beyond = TargetCheck.of(n("50"), n("20"), LOWER_IS_BETTER, n("2"));
		assertThat(beyond.status()).isEqualTo(TargetStatus.OFF_TARGET);
		assertThat(beyond.shortfall()).isEqualByComparingTo("30");
		assertThat(beyond.beyondTolerance()).isTrue();
	}

	@Test
	void higherIsBetterMissesByTheShortfallBelowTheTarget() {
		// owner occupiers 33.4% against target 35%: shortfall 35 − 33.4 = 1.6 > tolerance 1 → beyond tolerance.
		TargetCheck check = TargetCheck.of(n("33.4"), n("35"), HIGHER_IS_BETTER, n("1"));
		assertThat(check.status()).isEqualTo(TargetStatus.OFF_TARGET);
		assertThat(check.shortfall()).isEqualByComparingTo("1.6");
		assertThat(check.beyondTolerance()).isTrue();
		// 34.0 against 35: shortfall 1.0 = tolerance 1 → off target but within tolerance.
		assertThat(TargetCheck.of(n("34.0"), n("35"), HIGHER_IS_BETTER, n("1")).beyondTolerance()).isFalse();
		// 35.01 against 35 → on target.
		assertThat(TargetCheck.of(n("35.01"), n("35"), HIGHER_IS_BETTER, n("1")).status()).isEqualTo(TargetStatus.ON_TARGET);
	}

	@Test
	void noTargetMeansNoJudgement() {
		assertThat(TargetCheck.of(n("245"), null, HIGHER_IS_BETTER, n("10")))
			.isEqualTo(new TargetCheck(TargetStatus.NO_TARGET, BigDecimal.ZERO, false));
	}
}

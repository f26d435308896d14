package uk.gov.middlesbrough.tracker.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SmallNumbersTests {

	private final SmallNumbers five = SmallNumbers.DEFAULT;

	@Test
	void countsFromOneToFourAreSuppressedZeroAndFiveAreShown() {
		assertThat(five.shown(0)).isEqualTo(OptionalLong.of(0));
		assertThat(five.shown(1)).isEmpty();
		assertThat(five.shown(4)).isEmpty();
		assertThat(five.shown(5)).isEqualTo(OptionalLong.of(5));
		assertThat(five.words()).isEqualTo("fewer than 5");
	}

	@Test
	void aRateFromASuppressedCountIsSuppressedToo() {
		// 12 children looked after in a ward of 3,000 children: 12 × 1,000 / 3,000 = 4.0 per 1,000.
		assertThat(five.rate(12, 3000, 1000)).isEqualTo(OptionalDouble.of(4.0));
		assertThat(five.rate(3, 3000, 1000)).isEmpty();
		assertThat(five.rate(12, 0, 1000)).isEmpty();
		assertThat(new SmallNumbers(10).shown(9)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new SmallNumbers(0));
	}

	@Test
	void aCountHeldAsADecimalIsJudgedTheSameWayAndWrittenAsWordsWhenSuppressed() {
		assertThat(five.suppressed(new BigDecimal("4.00"))).isTrue();
		assertThat(five.suppressed(new BigDecimal("5.00"))).isFalse();
		assertThat(five.suppressed(BigDecimal.ZERO)).isFalse();
		assertThat(five.suppressed((BigDecimal) null)).isFalse();
		assertThat(five.cell(3)).isEqualTo("fewer than 5");
		assertThat(five.cell(29)).isEqualTo(29L);
		assertThat(five.text(0)).isEqualTo("0");
		assertThat(five.text(2)).isEqualTo("fewer than 5");
	}
}

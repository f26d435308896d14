package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentAgreeingTests {

	@Test
	void showsThePapersFiguresAsThePapersWriteThem() {
		// Stored as numeric(5,2): 12.9 comes back from the database as 12.90, and must read "12.9", not "12.90" or "13".
		assertThat(new PercentAgreeing(new BigDecimal("12.90")).text()).isEqualTo("12.9");
		assertThat(new PercentAgreeing(new BigDecimal("31.18")).text()).isEqualTo("31.18");
		assertThat(new PercentAgreeing(new BigDecimal("9.68")).text()).isEqualTo("9.68");
		assertThat(new PercentAgreeing(new BigDecimal("50.00")).text()).isEqualTo("50");
		assertThat(new PercentAgreeing(new BigDecimal("100.00")).text()).isEqualTo("100");
		assertThat(new PercentAgreeing(new BigDecimal("0.00")).text()).isEqualTo("0");
		assertThat(new PercentAgreeing(new BigDecimal("0.50")).text()).isEqualTo("0.5");
	}

	@Test
	void keepsTwoDecimalPlacesAsStored() {
		assertThat(new PercentAgreeing(new BigDecimal("12.9")).value()).isEqualTo(new BigDecimal("12.90"));
		assertThat(new PercentAgreeing(new BigDecimal("12.900")).value()).isEqualTo(new BigDecimal("12.90"));
	}

	@Test
	void refusesWhatIsNotAPercentageWithTwoDecimals() {
		assertThat(PercentAgreeing.problemWith(new BigDecimal("-0.01"))).isEqualTo(PercentAgreeing.Problem.OUT_OF_RANGE);
		assertThat(PercentAgreeing.problemWith(new BigDecimal("100.01"))).isEqualTo(PercentAgreeing.Problem.OUT_OF_RANGE);
		assertThat(PercentAgreeing.problemWith(new BigDecimal("31.185"))).isEqualTo(PercentAgreeing.Problem.TOO_PRECISE);
		assertThat(PercentAgreeing.problemWith(new BigDecimal("31.180"))).isNull();
		assertThat(PercentAgreeing.problemWith(new BigDecimal("100"))).isNull();
		assertThat(PercentAgreeing.problemWith(BigDecimal.ZERO)).isNull();
		assertThatThrownBy(() -> new PercentAgreeing(new BigDecimal("101"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void measuresChangeInPercentagePointsExactly() {
		// 68.65 − 35.49 = 33.16 points; 12.9 − 9.68 = 3.22; a fall is negative: 31.42 − 77.14 = −45.72
		PercentAgreeing march = new PercentAgreeing(new BigDecimal("35.49"));
		assertThat(march.pointsTo(new PercentAgreeing(new BigDecimal("68.65")))).isEqualByComparingTo("33.16");
		assertThat(new PercentAgreeing(new BigDecimal("9.68")).pointsTo(new PercentAgreeing(new BigDecimal("12.9"))))
			.isEqualByComparingTo("3.22");
		assertThat(new PercentAgreeing(new BigDecimal("77.14")).pointsTo(new PercentAgreeing(new BigDecimal("31.42"))))
			.isEqualByComparingTo("-45.72");
		assertThat(march.proportion()).isEqualTo(0.3549);
	}
}

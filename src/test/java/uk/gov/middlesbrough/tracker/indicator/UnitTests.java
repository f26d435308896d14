package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitTests {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void aPercentageIsFromZeroToOneHundredWithTwoDecimalPlaces() {
		assertThat(Unit.PERCENTAGE.problem(n("0"))).isEmpty();
		assertThat(Unit.PERCENTAGE.problem(n("7.54"))).isEmpty();
		assertThat(Unit.PERCENTAGE.problem(n("100"))).isEmpty();
		assertThat(Unit.PERCENTAGE.problem(n("100.01"))).contains("indicator.unit.PERCENTAGE.value");
		assertThat(Unit.PERCENTAGE.problem(n("-0.01"))).contains("indicator.unit.PERCENTAGE.value");
		assertThat(Unit.PERCENTAGE.problem(n("7.545"))).contains("indicator.unit.PERCENTAGE.value");
	}

	@Test
	void aCountIsAWholeNumberZeroOrMore() {
		assertThat(Unit.COUNT.problem(n("35"))).isEmpty();
		assertThat(Unit.COUNT.problem(n("35.00"))).isEmpty();
		assertThat(Unit.COUNT.problem(n("5700"))).isEmpty();
		assertThat(Unit.COUNT.problem(n("35.5"))).isPresent();
		assertThat(Unit.COUNT.problem(n("-1"))).isPresent();
	}

	@Test
	void aRatePerThousandIsFromZeroToOneThousand() {
		assertThat(Unit.RATE_PER_1000.problem(n("1000"))).isEmpty();
		assertThat(Unit.RATE_PER_1000.problem(n("1000.01"))).isPresent();
	}

	@Test
	void moneyMayBeNegativeButHasPenceAtMost() {
		assertThat(Unit.MONEY.problem(n("-1250.5"))).isEmpty();
		assertThat(Unit.MONEY.problem(n("1.234"))).isPresent();
		assertThat(Unit.MONEY.problem(n("1000000000000"))).isPresent();
	}

	@Test
	void aToleranceIsNeverNegative() {
		assertThat(Unit.MONEY.differenceProblem(n("-1"))).contains("indicator.tolerance.negative");
		assertThat(Unit.COUNT.differenceProblem(n("2"))).isEmpty();
		assertThat(Unit.COUNT.differenceProblem(n("2.5"))).isPresent();
	}

	@Test
	void writesFiguresAsThePapersDo() {
		assertThat(Unit.PERCENTAGE.format(n("7.54"))).isEqualTo("7.54%");
		assertThat(Unit.PERCENTAGE.format(n("12.90"))).isEqualTo("12.9%");
		assertThat(Unit.COUNT.format(n("5700.00"))).isEqualTo("5,700");
		assertThat(Unit.COUNT.format(n("35"))).isEqualTo("35");
		assertThat(Unit.RATE_PER_1000.format(n("12.5"))).isEqualTo("12.5 per 1,000");
		assertThat(Unit.MONEY.format(n("1250.5"))).isEqualTo("£1,250.50");
		assertThat(Unit.MONEY.format(n("-3"))).isEqualTo("−£3.00");
	}

	@Test
	void periodsReadAsMonthsOrYearsOnlyWhenTheyEndOne() {
		assertThat(Frequency.MONTHLY.label(LocalDate.of(2022, 1, 31))).isEqualTo("January 2022");
		assertThat(Frequency.MONTHLY.label(LocalDate.of(2022, 1, 17))).isEqualTo("17 January 2022");
		assertThat(Frequency.ANNUAL.label(LocalDate.of(2021, 12, 31))).isEqualTo("2021");
		assertThat(Frequency.ANNUAL.label(LocalDate.of(2022, 3, 31))).isEqualTo("31 March 2022");
		assertThat(Frequency.QUARTERLY.label(LocalDate.of(2021, 12, 31))).isEqualTo("31 December 2021");
	}
}

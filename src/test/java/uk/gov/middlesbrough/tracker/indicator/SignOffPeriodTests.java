package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SignOffPeriodTests {

	@Test
	void aMonthRunsFromItsFirstDayToItsLastFebruaryInALeapYearToThe29th() {
		assertThat(SignOffPeriod.month(YearMonth.of(2024, 2)))
			.isEqualTo(new SignOffPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
	}

	@Test
	void financialQuartersStartInAprilAndTheFourthEndsInMarchOfTheNextYear() {
		// 2021/22: Q1 April to June 2021, Q3 October to December 2021, Q4 January to March 2022.
		assertThat(SignOffPeriod.financialQuarter(2021, 1))
			.isEqualTo(new SignOffPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30)));
		assertThat(SignOffPeriod.financialQuarter(2021, 3))
			.isEqualTo(new SignOffPeriod(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31)));
		assertThat(SignOffPeriod.financialQuarter(2021, 4))
			.isEqualTo(new SignOffPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)));
		assertThatIllegalArgumentException().isThrownBy(() -> SignOffPeriod.financialQuarter(2021, 5));
	}

	@Test
	void aFigureIsInThePeriodFromItsFirstDayToItsLastInclusive() {
		SignOffPeriod april = SignOffPeriod.month(YearMonth.of(2022, 4));
		assertThat(april.contains(LocalDate.of(2022, 4, 1))).isTrue();
		assertThat(april.contains(LocalDate.of(2022, 4, 30))).isTrue();
		assertThat(april.contains(LocalDate.of(2022, 3, 31))).isFalse();
		assertThat(april.contains(LocalDate.of(2022, 5, 1))).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SignOffPeriod(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 4, 30)));
	}

	@Test
	void aFormValueNamesAMonthOrAFinancialQuarterAndBackAgain() {
		assertThat(SignOffPeriod.parse("2022-04")).contains(SignOffPeriod.month(YearMonth.of(2022, 4)));
		assertThat(SignOffPeriod.parse("2021-Q4")).contains(SignOffPeriod.financialQuarter(2021, 4));
		assertThat(SignOffPeriod.parse("2021-Q5")).isEmpty();
		assertThat(SignOffPeriod.parse("April")).isEmpty();
		assertThat(SignOffPeriod.parse(null)).isEmpty();
		assertThat(SignOffPeriod.financialQuarter(2021, 4).value()).isEqualTo("2021-Q4");
		assertThat(SignOffPeriod.month(YearMonth.of(2022, 4)).value()).isEqualTo("2022-04");
		// February 2022 is in Q4 of 2021/22; July 2021 in Q2; April in Q1.
		assertThat(SignOffPeriod.quarterOf(YearMonth.of(2022, 2))).isEqualTo(SignOffPeriod.financialQuarter(2021, 4));
		assertThat(SignOffPeriod.quarterOf(YearMonth.of(2021, 7)).value()).isEqualTo("2021-Q2");
		assertThat(SignOffPeriod.quarterOf(YearMonth.of(2021, 4)).value()).isEqualTo("2021-Q1");
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.indicator.FigureDue.State;

class FigureDueTests {

	private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);

	@Test
	void aMonthlyFigureForOctoberIsFollowedByNovembersDueInDecemberAndOverdueInJanuary() {
		assertThat(FigureDue.nextPeriodEnd(Frequency.MONTHLY, OCTOBER)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(FigureDue.dueBy(Frequency.MONTHLY, OCTOBER)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(FigureDue.on(Frequency.MONTHLY, OCTOBER, LocalDate.of(2026, 11, 30))).isEqualTo(State.NOT_YET);
		assertThat(FigureDue.on(Frequency.MONTHLY, OCTOBER, LocalDate.of(2026, 12, 1))).isEqualTo(State.DUE);
		assertThat(FigureDue.on(Frequency.MONTHLY, OCTOBER, LocalDate.of(2026, 12, 31))).isEqualTo(State.DUE);
		assertThat(FigureDue.on(Frequency.MONTHLY, OCTOBER, LocalDate.of(2027, 1, 1))).isEqualTo(State.OVERDUE);
	}

	@Test
	void aFigureDatedMidMonthStandsForItsMonth() {
		assertThat(FigureDue.nextPeriodEnd(Frequency.MONTHLY, LocalDate.of(2026, 10, 15))).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void aQuarterlyFigureToSeptemberIsFollowedByDecembersDueInJanuaryAndOverdueInFebruary() {
		LocalDate september = LocalDate.of(2026, 9, 30);
		assertThat(FigureDue.nextPeriodEnd(Frequency.QUARTERLY, september)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(FigureDue.dueBy(Frequency.QUARTERLY, september)).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(FigureDue.on(Frequency.QUARTERLY, september, LocalDate.of(2026, 12, 4))).isEqualTo(State.NOT_YET);
		assertThat(FigureDue.on(Frequency.QUARTERLY, september, LocalDate.of(2027, 1, 4))).isEqualTo(State.DUE);
		assertThat(FigureDue.on(Frequency.QUARTERLY, september, LocalDate.of(2027, 2, 1))).isEqualTo(State.OVERDUE);
	}

	@Test
	void sixMonthlyAndAnnualFiguresFollowTheSameRule() {
		// Six-monthly to 30 June 2026: next period to 31 December 2026, overdue from 1 February 2027.
		assertThat(FigureDue.on(Frequency.SIX_MONTHLY, LocalDate.of(2026, 6, 30), LocalDate.of(2027, 1, 31))).isEqualTo(State.DUE);
		assertThat(FigureDue.on(Frequency.SIX_MONTHLY, LocalDate.of(2026, 6, 30), LocalDate.of(2027, 2, 1))).isEqualTo(State.OVERDUE);
		// Annual for 2025 (31 December 2025): 2026's figure due from 1 January 2027, overdue from 1 February 2027.
		assertThat(FigureDue.on(Frequency.ANNUAL, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 4))).isEqualTo(State.NOT_YET);
		assertThat(FigureDue.on(Frequency.ANNUAL, LocalDate.of(2025, 12, 31), LocalDate.of(2027, 1, 1))).isEqualTo(State.DUE);
		assertThat(FigureDue.on(Frequency.ANNUAL, LocalDate.of(2025, 12, 31), LocalDate.of(2027, 2, 1))).isEqualTo(State.OVERDUE);
	}

	@Test
	void aFigureFromJanuary2022IsLongOverdueInDecember2026() {
		assertThat(FigureDue.on(Frequency.MONTHLY, LocalDate.of(2022, 1, 31), LocalDate.of(2026, 12, 4))).isEqualTo(State.OVERDUE);
	}

	@Test
	void figuresMoreThanTwoPeriodsApartAreTooFarToCompare() {
		// Monthly: July to October is three months, August to October two.
		assertThat(FigureDue.gapTooLong(Frequency.MONTHLY, LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31))).isTrue();
		assertThat(FigureDue.gapTooLong(Frequency.MONTHLY, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 31))).isFalse();
		// Quarterly: December 2025 to September 2026 is nine months (three quarters), March to September six (two).
		assertThat(FigureDue.gapTooLong(Frequency.QUARTERLY, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 9, 30))).isTrue();
		assertThat(FigureDue.gapTooLong(Frequency.QUARTERLY, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30))).isFalse();
		// Annual: 2019 to 2021 is two years; 2018 to 2021 three.
		assertThat(FigureDue.gapTooLong(Frequency.ANNUAL, LocalDate.of(2019, 12, 31), LocalDate.of(2021, 12, 31))).isFalse();
		assertThat(FigureDue.gapTooLong(Frequency.ANNUAL, LocalDate.of(2018, 12, 31), LocalDate.of(2021, 12, 31))).isTrue();
	}

	@Test
	void aFigureIsDatedTheLastDayOfItsPeriod() {
		assertThat(Frequency.MONTHLY.isPeriodEnd(LocalDate.of(2026, 10, 31))).isTrue();
		assertThat(Frequency.MONTHLY.isPeriodEnd(LocalDate.of(2026, 10, 15))).isFalse();
		assertThat(Frequency.MONTHLY.isPeriodEnd(LocalDate.of(2024, 2, 29))).isTrue();
		assertThat(Frequency.MONTHLY.isPeriodEnd(LocalDate.of(2024, 2, 28))).isFalse();
		assertThat(Frequency.QUARTERLY.isPeriodEnd(LocalDate.of(2026, 9, 30))).isTrue();
		assertThat(Frequency.QUARTERLY.isPeriodEnd(LocalDate.of(2026, 10, 31))).isFalse();
		assertThat(Frequency.SIX_MONTHLY.isPeriodEnd(LocalDate.of(2026, 3, 31))).isTrue();
		assertThat(Frequency.ANNUAL.isPeriodEnd(LocalDate.of(2026, 8, 31))).isTrue();
		assertThat(Frequency.ANNUAL.isPeriodEnd(LocalDate.of(2026, 8, 30))).isFalse();
	}
}

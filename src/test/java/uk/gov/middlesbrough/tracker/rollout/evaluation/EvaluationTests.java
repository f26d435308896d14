package uk.gov.middlesbrough.tracker.rollout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.rollout.DifferenceInDifferences;
import uk.gov.middlesbrough.tracker.rollout.WardFigure;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation.Phase;

class EvaluationTests {

	private static final long LOCALITY = 1;
	private static final long A = 2;
	private static final long B = 3;
	private static final String[] QUARTERS = { "2019-01-01", "2019-04-01", "2019-07-01", "2019-10-01", "2020-01-01",
			"2020-04-01", "2020-07-01" };

	@Test
	void theLocalitysChangeLessThePooledComparatorsChangeLeavingOutTheQuarterItStartedIn() {
		// Started 15 November 2019, mid-way through the quarter from 1 October: that quarter is the change-over.
		// Locality: before 30, 33, 27 (mean 30); change-over 40, left out; after 24, 22, 20 (mean 22): −8.
		// Comparators, each quarter the mean of A and B: before (20 + 10) / 2 = 15, (22 + 12) / 2 = 17, (24 + 14) / 2 = 19
		// (mean 17); change-over 50, left out; after (20 + 12) / 2 = 16, (18 + 10) / 2 = 14, (22 + 14) / 2 = 18 (mean 16): −1.
		// Difference-in-differences −8 − (−1) = −7: the locality fell by 7 more than the comparators.
		List<WardFigure> figures = new ArrayList<>();
		figures.addAll(series(LOCALITY, 30, 33, 27, 40, 24, 22, 20));
		List<WardFigure> comparators = new ArrayList<>(series(A, 20, 22, 24, 50, 20, 18, 22));
		comparators.addAll(series(B, 10, 12, 14, 50, 12, 10, 14));

		Evaluation evaluation = Evaluation.of(LocalDate.of(2019, 11, 15), 3, figures, comparators, SmallNumbers.DEFAULT::suppressed);

		assertThat(evaluation.periods()).extracting(Evaluation.Period::phase).containsExactly(Phase.BEFORE, Phase.BEFORE,
				Phase.BEFORE, Phase.CHANGE_OVER, Phase.AFTER, Phase.AFTER, Phase.AFTER);
		assertThat(evaluation.periods()).extracting(Evaluation.Period::comparators).containsExactly(15.0, 17.0, 19.0, 50.0,
				16.0, 14.0, 18.0);
		assertThat(evaluation.used(Phase.BEFORE)).isEqualTo(3);
		assertThat(evaluation.used(Phase.AFTER)).isEqualTo(3);
		assertThat(evaluation.changeOver()).map(Evaluation.Period::start).contains(LocalDate.of(2019, 10, 1));
		assertThat(evaluation.estimable()).isTrue();
		assertThat(evaluation.estimateWithheld()).isFalse();
		DifferenceInDifferences did = evaluation.estimate();
		assertThat(did.treatedBefore()).isCloseTo(30, within(1e-9));
		assertThat(did.treatedAfter()).isCloseTo(22, within(1e-9));
		assertThat(did.comparatorBefore()).isCloseTo(17, within(1e-9));
		assertThat(did.comparatorAfter()).isCloseTo(16, within(1e-9));
		assertThat(did.treatedChange()).isCloseTo(-8, within(1e-9));
		assertThat(did.comparatorChange()).isCloseTo(-1, within(1e-9));
		assertThat(did.estimate()).isCloseTo(-7, within(1e-9));
	}

	@Test
	void eachQuarterCountsOnceHoweverManyComparatorsReportIt() {
		// Before: A 20 and B 10 in the first quarter (15), A 22 alone in the second (22): mean 18.5, not (20 + 10 + 22) / 3.
		// After: A 21, B 11 (16). Comparators' change 16 − 18.5 = −2.5. Locality 30, 30 → 25: −5. Estimate −5 − (−2.5) = −2.5.
		List<WardFigure> comparators = new ArrayList<>();
		comparators.add(figure(A, "2019-01-01", 20, null));
		comparators.add(figure(B, "2019-01-01", 10, null));
		comparators.add(figure(A, "2019-04-01", 22, null));
		comparators.add(figure(A, "2019-10-01", 21, null));
		comparators.add(figure(B, "2019-10-01", 11, null));
		List<WardFigure> locality = List.of(figure(LOCALITY, "2019-01-01", 30, null), figure(LOCALITY, "2019-04-01", 30, null),
				figure(LOCALITY, "2019-10-01", 25, null));

		DifferenceInDifferences did = Evaluation.of(LocalDate.of(2019, 10, 1), 3, locality, comparators,
				SmallNumbers.DEFAULT::suppressed).estimate();

		assertThat(did.comparatorBefore()).isCloseTo(18.5, within(1e-9));
		assertThat(did.comparatorChange()).isCloseTo(-2.5, within(1e-9));
		assertThat(did.estimate()).isCloseTo(-2.5, within(1e-9));
	}

	@Test
	void aPeriodIsBeforeWhenItEndsBeforeTheStartAndAfterWhenItStartsOnOrAfterIt() {
		LocalDate firstOfOctober = LocalDate.of(2019, 10, 1);
		assertThat(Phase.of(LocalDate.of(2019, 7, 1), 3, firstOfOctober)).isEqualTo(Phase.BEFORE);
		assertThat(Phase.of(LocalDate.of(2019, 10, 1), 3, firstOfOctober)).isEqualTo(Phase.AFTER);
		assertThat(Phase.of(LocalDate.of(2019, 7, 1), 3, LocalDate.of(2019, 9, 30))).isEqualTo(Phase.CHANGE_OVER);
		assertThat(Phase.of(LocalDate.of(2019, 10, 1), 3, LocalDate.of(2019, 10, 8))).isEqualTo(Phase.CHANGE_OVER);
		assertThat(Phase.of(LocalDate.of(2019, 9, 1), 1, firstOfOctober)).isEqualTo(Phase.BEFORE);
		assertThat(Phase.of(LocalDate.of(2019, 10, 1), 1, LocalDate.of(2019, 10, 31))).isEqualTo(Phase.CHANGE_OVER);
	}

	@Test
	void aFigureFromFewerThanFivePeopleWithholdsItsPeriodItsMeanAndTheEstimate() {
		// The locality's last quarter is made from 3 people; a comparator's first from 0 (nobody: shown).
		List<WardFigure> locality = new ArrayList<>(series(LOCALITY, 30, 33, 27, 40, 24, 22));
		locality.add(figure(LOCALITY, "2020-07-01", 20, 3));
		List<WardFigure> comparators = new ArrayList<>(series(A, 21, 22, 24, 50, 20, 18, 22));
		comparators.set(0, figure(A, "2019-01-01", 20, 0));

		Evaluation evaluation = Evaluation.of(LocalDate.of(2019, 11, 15), 3, locality, comparators,
				SmallNumbers.DEFAULT::suppressed);

		assertThat(evaluation.periods()).extracting(Evaluation.Period::localityWithheld).containsExactly(false, false, false,
				false, false, false, true);
		assertThat(evaluation.periods()).noneMatch(Evaluation.Period::comparatorsWithheld);
		assertThat(evaluation.withheld(Phase.AFTER, true)).isTrue();
		assertThat(evaluation.withheld(Phase.BEFORE, true)).isFalse();
		assertThat(evaluation.withheld(Phase.BEFORE, false)).isFalse();
		assertThat(evaluation.estimateWithheld()).isTrue();
	}

	@Test
	void thereIsNoEstimateWithoutAQuarterWithBothSidesAfterTheStart() {
		// The locality has figures after the start but the comparators do not: those quarters are not used.
		List<WardFigure> locality = series(LOCALITY, 30, 33, 27, 40, 24, 22, 20);
		List<WardFigure> comparators = series(A, 20, 22, 24);

		Evaluation evaluation = Evaluation.of(LocalDate.of(2019, 11, 15), 3, locality, comparators,
				SmallNumbers.DEFAULT::suppressed);

		assertThat(evaluation.used(Phase.BEFORE)).isEqualTo(3);
		assertThat(evaluation.used(Phase.AFTER)).isZero();
		assertThat(evaluation.estimable()).isFalse();
		assertThat(evaluation.periods()).hasSize(7);
	}

	private static List<WardFigure> series(long ward, double... values) {
		List<WardFigure> figures = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			figures.add(figure(ward, QUARTERS[i], values[i], null));
		}
		return figures;
	}

	private static WardFigure figure(long ward, String period, double value, Integer people) {
		return new WardFigure(ward, "crime", LocalDate.parse(period), BigDecimal.valueOf(value), people, false);
	}
}

package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CompletionTests {

	private static Completion.Part part(int completion, String weight) {
		return new Completion.Part(completion, new BigDecimal(weight), false);
	}

	private static Completion.Part cancelled(int completion) {
		return new Completion.Part(completion, BigDecimal.ONE, true);
	}

	@Test
	void aPlanIsTheMeanOfItsActionsWhenAllWeighOne() {
		// (20 + 40 + 90) / 3 = 50
		assertThat(Completion.ofPlan(List.of(part(20, "1"), part(40, "1"), part(90, "1")))).hasValue(50.0);
	}

	@Test
	void weightsCountInProportion() {
		// (100 × 3 + 0 × 1) / 4 = 75
		assertThat(Completion.ofPlan(List.of(part(100, "3"), part(0, "1")))).hasValue(75.0);
		// (50 × 0.5 + 80 × 1.5) / 2 = (25 + 120) / 2 = 72.5
		assertThat(Completion.ofPlan(List.of(part(50, "0.5"), part(80, "1.5")))).hasValue(72.5);
	}

	@Test
	void cancelledActionsAreLeftOut() {
		// only 30 and 60 count: 45
		assertThat(Completion.ofPlan(List.of(part(30, "1"), cancelled(100), part(60, "1")))).hasValue(45.0);
	}

	@Test
	void aZeroWeightActionCountsForNothingBesideWeightedOnes() {
		// (40 × 1 + 100 × 0) / 1 = 40
		assertThat(Completion.ofPlan(List.of(part(40, "1"), part(100, "0")))).hasValue(40.0);
	}

	@Test
	void whenEveryWeightIsZeroThePlainMeanIsUsed() {
		// (40 + 100) / 2 = 70
		assertThat(Completion.ofPlan(List.of(part(40, "0"), part(100, "0")))).hasValue(70.0);
	}

	@Test
	void aPlanWithNoActiveActionsHasNoCompletion() {
		assertThat(Completion.ofPlan(List.of())).isEmpty();
		assertThat(Completion.ofPlan(List.of(cancelled(50)))).isEmpty();
	}

	@Test
	void aLocalityIsTheMeanOfItsPlansLeavingOutPlansWithNoActions() {
		// (50 + 75 + 10) / 3 = 45, the empty plan is not a zero
		assertThat(Completion.ofLocality(List.of(OptionalDouble.of(50), OptionalDouble.empty(), OptionalDouble.of(75),
				OptionalDouble.of(10)))).hasValue(45.0);
		// (33 + 34) / 2 = 33.5
		assertThat(Completion.ofLocality(List.of(OptionalDouble.of(33), OptionalDouble.of(34))).getAsDouble())
			.isCloseTo(33.5, within(1e-9));
		assertThat(Completion.ofLocality(List.of(OptionalDouble.empty()))).isEmpty();
	}
}

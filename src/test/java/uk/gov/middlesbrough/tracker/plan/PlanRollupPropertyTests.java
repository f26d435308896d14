package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The plan roll-up (completion from the actions, RAG from an action's dates and completion) held to its rules over
 * generated plans: each property is tried on {@value #TRIES} generated cases from a fixed seed, and a failing case is
 * shrunk to a small one before it is reported.
 */
class PlanRollupPropertyTests {

	static final int TRIES = 1000;

	/** Weights as the form takes them (0 to 10, one decimal), a third of them 0 so that "all weights 0" comes up. */
	private static final Gen<BigDecimal> WEIGHT = integers().between(0, 150)
		.map(n -> n < 50 ? BigDecimal.ZERO : BigDecimal.valueOf(n - 50, 1));
	private static final Gen<Completion.Part> ACTION = integers().between(0, 100)
		.zip(WEIGHT, integers().between(0, 4), (completion, weight, one) -> new Completion.Part(completion, weight, one == 0));
	private static final Gen<List<Completion.Part>> PLAN = lists().of(ACTION).ofSizeBetween(0, 15);
	private static final Gen<LocalDate> DAY = integers().between(0, 3 * 365).map(n -> LocalDate.of(2021, 1, 1).plusDays(n));
	private static final Gen<RagThresholds> THRESHOLDS = integers().between(0, 100)
		.zip(integers().between(0, 100), (amber, more) -> new RagThresholds(amber, Math.max(amber, more)));

	private static QuickTheory tries() {
		return qt().withFixedSeed(20_221_117L).withExamples(TRIES);
	}

	@Test
	void completionIsBetween0And100AndMissingOnlyWithoutActiveActions() {
		tries().forAll(PLAN).checkAssert(plan -> {
			OptionalDouble completion = Completion.ofPlan(plan);
			assertThat(completion.isPresent()).isEqualTo(plan.stream().anyMatch(action -> !action.cancelled()));
			completion.ifPresent(value -> assertThat(value).isBetween(0.0, 100.0));
		});
	}

	@Test
	void completionIsTheWeightedMeanOfActiveActionsOrThePlainMeanWhenEveryWeightIs0() {
		tries().forAll(PLAN).checkAssert(plan -> {
			double weighted = 0;
			double weights = 0;
			double plain = 0;
			int active = 0;
			for (Completion.Part action : plan) {
				if (!action.cancelled()) {
					weighted += action.weight().doubleValue() * action.completion();
					weights += action.weight().doubleValue();
					plain += action.completion();
					active++;
				}
			}
			if (active == 0) {
				assertThat(Completion.ofPlan(plan)).isEmpty();
				return;
			}
			double expected = weights > 0 ? weighted / weights : plain / active;
			assertThat(Completion.ofPlan(plan).getAsDouble()).isCloseTo(expected, within(1e-9));
		});
	}

	@Test
	void completionDoesNotDependOnTheOrderOfTheActions() {
		tries().forAll(PLAN, longs().all()).checkAssert((plan, seed) -> {
			List<Completion.Part> shuffled = new ArrayList<>(plan);
			Collections.shuffle(shuffled, new Random(seed));
			assertThat(Completion.ofPlan(shuffled)).isEqualTo(Completion.ofPlan(plan));
		});
	}

	@Test
	void aFinishedActionNeverLowersCompletionAndACancelledOneNeverChangesIt() {
		tries().forAll(PLAN, WEIGHT, integers().between(0, 100)).checkAssert((plan, weight, completion) -> {
			OptionalDouble before = Completion.ofPlan(plan);
			OptionalDouble withFinished = Completion.ofPlan(with(plan, new Completion.Part(100, weight, false)));
			assertThat(withFinished.getAsDouble()).isGreaterThanOrEqualTo(before.orElse(0));
			assertThat(Completion.ofPlan(with(plan, new Completion.Part(completion, weight, true)))).isEqualTo(before);
		});
	}

	@Test
	void aLocalitysCompletionLiesBetweenItsPlansAndLeavesOutPlansWithoutActions() {
		tries().forAll(lists().of(PLAN).ofSizeBetween(0, 9)).checkAssert(plans -> {
			List<OptionalDouble> completions = plans.stream().map(Completion::ofPlan).toList();
			OptionalDouble locality = Completion.ofLocality(completions);
			double[] present = completions.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).toArray();
			assertThat(locality.isPresent()).isEqualTo(present.length > 0);
			locality.ifPresent(value -> assertThat(value).isBetween(min(present) - 1e-9, max(present) + 1e-9));
		});
	}

	@Test
	void expectedCompletionIsBetween0And100AndNeverFallsAsDaysPass() {
		tries().forAll(DAY, integers().between(0, 400), DAY, integers().between(0, 60)).checkAssert((start, span, day, later) -> {
			LocalDate due = start.plusDays(span);
			double expected = RagRule.expectedCompletion(start, due, day);
			assertThat(expected).isBetween(0.0, 100.0);
			assertThat(RagRule.expectedCompletion(start, due, day.plusDays(later))).isGreaterThanOrEqualTo(expected);
		});
	}

	@Test
	void moreProgressNeverMakesAnActionsRagWorseAndFinishedIsAlwaysComplete() {
		tries().forAll(THRESHOLDS, DAY.zip(integers().between(0, 400), (start, span) -> List.of(start, start.plusDays(span))), DAY,
				integers().between(0, 100).zip(integers().between(0, 100), (a, b) -> List.of(Math.min(a, b), Math.max(a, b))))
			.checkAssert((thresholds, dates, day, completions) -> {
				RagRule rule = new RagRule(thresholds);
				RagStatus less = rule.assess(dates.get(0), dates.get(1), completions.get(0), day);
				RagStatus more = rule.assess(dates.get(0), dates.get(1), completions.get(1), day);
				assertThat(severity(more)).isLessThanOrEqualTo(severity(less));
				assertThat(rule.assess(dates.get(0), dates.get(1), 100, day)).isEqualTo(RagStatus.COMPLETE);
			});
	}

	@Test
	void anUnfinishedActionsRagNeverImprovesAsDaysPass() {
		tries().forAll(THRESHOLDS, DAY.zip(integers().between(0, 400), (start, span) -> List.of(start, start.plusDays(span))), DAY,
				integers().between(0, 99).zip(integers().between(0, 120), (completion, later) -> List.of(completion, later)))
			.checkAssert((thresholds, dates, day, completionAndLater) -> {
				RagRule rule = new RagRule(thresholds);
				int completion = completionAndLater.get(0);
				RagStatus now = rule.assess(dates.get(0), dates.get(1), completion, day);
				RagStatus afterwards = rule.assess(dates.get(0), dates.get(1), completion, day.plusDays(completionAndLater.get(1)));
				assertThat(severity(afterwards)).isGreaterThanOrEqualTo(severity(now));
			});
	}

	/** How far behind a status says an action is; not started counts as on track. */
	private static int severity(RagStatus status) {
		switch (status) {
			case COMPLETE:
				return 0;
			case NOT_STARTED:
			case GREEN:
				return 1;
			case AMBER:
				return 2;
			default:
				return 3;
		}
	}

	private static List<Completion.Part> with(List<Completion.Part> plan, Completion.Part action) {
		List<Completion.Part> more = new ArrayList<>(plan);
		more.add(action);
		return more;
	}

	private static double min(double[] values) {
		return java.util.Arrays.stream(values).min().orElseThrow();
	}

	private static double max(double[] values) {
		return java.util.Arrays.stream(values).max().orElseThrow();
	}
}

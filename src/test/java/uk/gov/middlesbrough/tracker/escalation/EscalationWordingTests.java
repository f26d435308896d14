package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFigures;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFlag;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRole;
import uk.gov.middlesbrough.tracker.caseload.FlagStatus;
import uk.gov.middlesbrough.tracker.caseload.PostFigures;
import uk.gov.middlesbrough.tracker.indicator.DirectionOfTravel;
import uk.gov.middlesbrough.tracker.indicator.FigurePoint;
import uk.gov.middlesbrough.tracker.indicator.Frequency;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.LocalitySeries;
import uk.gov.middlesbrough.tracker.indicator.Polarity;
import uk.gov.middlesbrough.tracker.indicator.TargetCheck;
import uk.gov.middlesbrough.tracker.indicator.Unit;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.ActionStatus;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.plan.RagCounts;
import uk.gov.middlesbrough.tracker.plan.RagRule;
import uk.gov.middlesbrough.tracker.plan.RagStatus;
import uk.gov.middlesbrough.tracker.plan.ReviewStatus;

class EscalationWordingTests {

	private final EscalationWording wording = new EscalationWording(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages-escalation", "messages-caseload");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void aRedActionBehindPlanSaysHowFarBehindAndWhenItIsDue() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate due = LocalDate.of(2026, 12, 31);
		LocalDate on = LocalDate.of(2026, 10, 1);
		// 1 January to 31 December 2026 is 364 days; by 1 October 273 have passed: 273 / 364 = 75 % expected.
		// 75 − 40 = 35 points behind, more than the red gap of 25.
		ActionRow action = action(40, start, due, RagRule.expectedCompletion(start, due, on));
		assertThat(action.expected()).isEqualTo(75.0);
		assertThat(wording.redAction(action, "Making People Feel Safe", on)).isEqualTo(
				"Red: 40% complete against 75% expected by 1 October 2026; due 31 December 2026 (plan: Making People Feel Safe)");
	}

	@Test
	void aRedActionPastItsDueDateSaysSo() {
		LocalDate start = LocalDate.of(2025, 10, 1);
		LocalDate due = LocalDate.of(2026, 3, 31);
		LocalDate on = LocalDate.of(2026, 4, 1);
		ActionRow action = action(50, start, due, RagRule.expectedCompletion(start, due, on));
		assertThat(wording.redAction(action, "Better Outcomes for Children", on)).isEqualTo(
				"Red: 50% complete and past its due date of 31 March 2026 (plan: Better Outcomes for Children)");
	}

	@Test
	void onItsDueDateAnActionIsNotYetPastDueSoTheSentenceGivesTheGap() {
		LocalDate start = LocalDate.of(2026, 3, 1);
		LocalDate due = LocalDate.of(2026, 3, 31);
		// On the due day 100 % is expected: 100 − 60 = 40 points behind.
		ActionRow action = action(60, start, due, RagRule.expectedCompletion(start, due, due));
		assertThat(wording.redAction(action, "Health", due))
			.isEqualTo("Red: 60% complete against 100% expected by 31 March 2026; due 31 March 2026 (plan: Health)");
	}

	@Test
	void aWorseningIndicatorGivesBothFiguresTheirPeriodsAndWhichWayIsBetter() {
		IndicatorView asb = indicator(Unit.COUNT, Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, "20", "2");
		// 14 → 20: +6, more than the tolerance of 2, and lower is better → worsening.
		LocalitySeries series = series(asb, DirectionOfTravel.WORSENING, point(asb, LocalDate.of(2021, 12, 31), "14"),
				point(asb, LocalDate.of(2022, 1, 31), "20"));
		assertThat(wording.worsening(asb, series)).isEqualTo("Worsening: 14 in December 2021 to 20 in January 2022; lower is better");
	}

	@Test
	void aFallInAHigherIsBetterPercentageReadsTheSameWay() {
		IndicatorView owners = indicator(Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, "35", "0.5");
		// 33.4 → 32.6: −0.8, more than the tolerance of 0.5, and higher is better → worsening.
		LocalitySeries series = series(owners, DirectionOfTravel.WORSENING, point(owners, LocalDate.of(2021, 12, 31), "33.4"),
				point(owners, LocalDate.of(2022, 12, 31), "32.6"));
		assertThat(wording.worsening(owners, series)).isEqualTo("Worsening: 33.4% in 2021 to 32.6% in 2022; higher is better");
	}

	@Test
	void anIndicatorOffTargetGivesTheMissAndTheTolerance() {
		IndicatorView lookedAfter = indicator(Unit.PERCENTAGE, Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, "5", "0.25");
		// 6.62 against a target of 5, lower is better: misses it by 6.62 − 5 = 1.62, more than 0.25.
		LocalitySeries series = series(lookedAfter, DirectionOfTravel.NOT_ENOUGH_DATA,
				point(lookedAfter, LocalDate.of(2022, 1, 17), "6.62"));
		assertThat(series.targetCheck().shortfall()).isEqualByComparingTo("1.62");
		assertThat(wording.offTarget(lookedAfter, series)).isEqualTo(
				"Off target: 6.62% (17 January 2022) against a target of 5%; misses it by 1.62%, more than the tolerance of 0.25%; lower is better");
	}

	@Test
	void anOverdueReviewGivesTheLastReviewOrSaysThereWasNone() {
		assertThat(wording.overdueReview(plan(LocalDate.of(2026, 8, 12))))
			.isEqualTo("Review overdue: last reviewed on 12 August 2026; plans are reviewed every month");
		assertThat(wording.overdueReview(plan(null))).isEqualTo("Review overdue: no monthly review recorded yet");
	}

	@Test
	void anOverThresholdPostGivesItsChildrenTheDateAndTheThreshold() {
		PostFigures post = new PostFigures(1, LocalDate.of(2021, 11, 22), CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER,
				"Senior Practitioner 1", new CaseloadFigures(34, 14, 22), null, Instant.EPOCH, "head", false, 0,
				new CaseloadFlag(FlagStatus.OVER, 34, 26, 25));
		assertThat(wording.overThreshold(post)).isEqualTo("Over threshold: 34 children on 22 November 2021, against a threshold of 26");
		assertThat(wording.post(post)).isEqualTo("Early help senior practitioner: Senior Practitioner 1");
	}

	private static ActionRow action(int completion, LocalDate start, LocalDate due, double expected) {
		return new ActionRow(1, 2, "Hold a monthly street surgery", "PCSO", "12 surgeries", start, due, completion,
				BigDecimal.ONE, ActionStatus.ACTIVE, RagStatus.RED, expected);
	}

	private static PlanSummary plan(LocalDate lastReviewed) {
		return new PlanSummary(7, 2, "Housing and Empty Homes", 8, null, null, null, null, null, RagCounts.NONE,
				ReviewStatus.OVERDUE, lastReviewed, 0);
	}

	private static IndicatorView indicator(Unit unit, Polarity polarity, Frequency frequency, String target, String tolerance) {
		return new IndicatorView(4, "code", "Indicator", null, unit, polarity, frequency, "Source", null, null,
				new BigDecimal(target), new BigDecimal(tolerance), 0);
	}

	private static FigurePoint point(IndicatorView indicator, LocalDate period, String value) {
		BigDecimal number = new BigDecimal(value);
		return new FigurePoint(period, indicator.period(period), number, indicator.format(number), null, null);
	}

	private static LocalitySeries series(IndicatorView indicator, DirectionOfTravel direction, FigurePoint... points) {
		FigurePoint latest = points[points.length - 1];
		return new LocalitySeries(2, "North Ormesby", List.of(points), direction, "",
				TargetCheck.of(latest.value(), indicator.target(), indicator.polarity(), indicator.tolerance()));
	}
}

package uk.gov.middlesbrough.tracker.rollout.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.rollout.DifferenceInDifferences;
import uk.gov.middlesbrough.tracker.rollout.NeedDirection;
import uk.gov.middlesbrough.tracker.rollout.Ward;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation.Phase;
import uk.gov.middlesbrough.tracker.rollout.evaluation.LocalityEvaluation;

/**
 * An evaluation as the page shows it: the figures written for the measure's unit (withheld ones as withheld), the
 * changes with their sign, and the result in plain words.
 */
record EvaluationReport(LocalityEvaluation source, List<Summary> summary, FigureCell difference, String sentence,
		String reading, List<PeriodRow> periods, List<Long> comparatorIds, boolean illustrative) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** How many periods before the start are used. */
	public int before() {
		return source.evaluation() == null ? 0 : source.evaluation().used(Phase.BEFORE);
	}

	public int after() {
		return source.evaluation() == null ? 0 : source.evaluation().used(Phase.AFTER);
	}

	/** The change-over period's name, or null when there is no figure for it. */
	public String changeOver() {
		return periods.stream().filter(period -> period.phase() == Phase.CHANGE_OVER).map(PeriodRow::period).findFirst()
			.orElse(null);
	}

	/** One side (the locality or the comparators): its mean before, after, and the change. */
	record Summary(String name, boolean locality, FigureCell before, FigureCell after, FigureCell change) {
	}

	/** One period of the chart's data table. */
	record PeriodRow(String period, Phase phase, FigureCell locality, FigureCell comparators) {
	}

	static EvaluationReport of(LocalityEvaluation evaluated, MessageSource messages,
			Locale locale) {
		List<Long> ids = evaluated.comparators().stream().map(Ward::id).toList();
		Evaluation evaluation = evaluated.evaluation();
		if (evaluation == null) {
			return new EvaluationReport(evaluated, List.of(), null, null, null, List.of(), ids, false);
		}
		String unit = evaluated.measure().unit();
		int months = evaluated.measure().periodMonths();
		List<PeriodRow> periods = evaluation.periods().stream().map(period -> new PeriodRow(name(period.start(), months),
				period.phase(), cell(period.locality(), period.localityWithheld(), unit),
				cell(period.comparators(), period.comparatorsWithheld(), unit))).toList();
		boolean illustrative = evaluation.illustrative();
		if (!evaluated.estimated()) {
			return new EvaluationReport(evaluated, List.of(), null, null, null, periods, ids, illustrative);
		}
		DifferenceInDifferences did = evaluation.estimate();
		boolean localityWithheld = evaluation.withheld(Phase.BEFORE, true) || evaluation.withheld(Phase.AFTER, true);
		boolean comparatorsWithheld = evaluation.withheld(Phase.BEFORE, false) || evaluation.withheld(Phase.AFTER, false);
		List<Summary> summary = List.of(
				new Summary(evaluated.locality().name(), true, cell(did.treatedBefore(), evaluation.withheld(Phase.BEFORE, true), unit),
						cell(did.treatedAfter(), evaluation.withheld(Phase.AFTER, true), unit),
						signed(did.treatedChange(), localityWithheld, unit)),
				new Summary(null, false, cell(did.comparatorBefore(), evaluation.withheld(Phase.BEFORE, false), unit),
						cell(did.comparatorAfter(), evaluation.withheld(Phase.AFTER, false), unit),
						signed(did.comparatorChange(), comparatorsWithheld, unit)));
		boolean withheld = evaluation.estimateWithheld();
		FigureCell difference = signed(did.estimate(), withheld, unit);
		if (withheld) {
			return new EvaluationReport(evaluated, summary, difference, null, null, periods, ids, illustrative);
		}
		Words words = new Words(messages, locale, unit);
		String name = evaluated.locality().name();
		String sentence = words.message("rollout.evaluation.sentence", evaluated.measure().name(), name,
				words.moved(did.treatedChange()), DAY.format(evaluation.start()), words.moved(did.comparatorChange()),
				words.difference(did.estimate(), name));
		return new EvaluationReport(evaluated, summary, difference, sentence,
				words.reading(did.estimate(), evaluated.measure().direction()), periods, ids, illustrative);
	}

	/** A quarter as "Apr to Jun 2019", a month as "Apr 2019". */
	static String name(LocalDate start, int months) {
		LocalDate last = start.plusMonths(months - 1L);
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", Locale.UK);
		DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
		if (months == 1) {
			return monthYear.format(start);
		}
		return (start.getYear() == last.getYear() ? month.format(start) : monthYear.format(start)) + "–"
				+ monthYear.format(last);
	}

	private static FigureCell cell(Double value, boolean withheld, String unit) {
		if (value == null) {
			return null;
		}
		return new FigureCell(withheld ? null : FigureCell.written(BigDecimal.valueOf(value), unit), withheld, false);
	}

	private static FigureCell signed(double value, boolean withheld, String unit) {
		String written = FigureCell.written(BigDecimal.valueOf(Math.abs(value)), unit);
		String sign = zero(written) ? "" : value < 0 ? "−" : "+";
		return new FigureCell(withheld ? null : sign + written, withheld, false);
	}

	private static boolean zero(String written) {
		return new BigDecimal(written.replace(",", "")).signum() == 0;
	}

	/** The result in words: which way each side moved and by how much, and what that suggests. */
	private record Words(MessageSource messages, Locale locale, String unit) {

		String message(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		String amount(double value) {
			return FigureCell.written(BigDecimal.valueOf(Math.abs(value)), unit)
					+ message("rollout.evaluation.unit." + unit);
		}

		String moved(double change) {
			return message("rollout.evaluation.moved." + direction(change), amount(change));
		}

		String difference(double estimate, String locality) {
			return message("rollout.evaluation.difference." + direction(estimate), amount(estimate), locality);
		}

		String reading(double estimate, NeedDirection need) {
			String better = message("rollout.evaluation.better." + need.name());
			if ("none".equals(direction(estimate))) {
				return message("rollout.evaluation.reading.none", better);
			}
			boolean improvement = (need == NeedDirection.HIGHER_MEANS_MORE_NEED) == (estimate < 0);
			return message("rollout.evaluation.reading." + (improvement ? "improvement" : "worsening"), better);
		}

		private String direction(double value) {
			if (zero(FigureCell.written(BigDecimal.valueOf(Math.abs(value)), unit))) {
				return "none";
			}
			return value < 0 ? "down" : "up";
		}
	}
}

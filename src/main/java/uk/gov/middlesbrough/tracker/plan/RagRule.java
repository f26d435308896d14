package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The SPEC's RAG rule. Expected completion is the share of the time from start to due date that has
 * elapsed on the given day (0–100). Complete at 100 %. Not started while the start date is in the
 * future. Red if past the due date and below 100 %, or if expected − actual exceeds the red gap; Amber if
 * it exceeds the amber gap; otherwise Green.
 */
public final class RagRule {

	private final RagThresholds thresholds;

	public RagRule(RagThresholds thresholds) {
		this.thresholds = thresholds;
	}

	/**
	 * Share of the time from start to due that has passed by the end of {@code on}, 0–100. An action whose
	 * start and due dates are the same day is 0 % expected before that day and 100 % from it.
	 */
	public static double expectedCompletion(LocalDate start, LocalDate due, LocalDate on) {
		if (on.isBefore(start)) {
			return 0;
		}
		if (!on.isBefore(due)) {
			return 100;
		}
		long span = ChronoUnit.DAYS.between(start, due);
		long elapsed = ChronoUnit.DAYS.between(start, on);
		return 100.0 * elapsed / span;
	}

	public RagStatus assess(LocalDate start, LocalDate due, int completion, LocalDate on) {
		if (completion >= 100) {
			return RagStatus.COMPLETE;
		}
		if (start.isAfter(on)) {
			return RagStatus.NOT_STARTED;
		}
		if (on.isAfter(due)) {
			return RagStatus.RED;
		}
		double gap = expectedCompletion(start, due, on) - completion;
		if (gap > thresholds.redGap()) {
			return RagStatus.RED;
		}
		if (gap > thresholds.amberGap()) {
			return RagStatus.AMBER;
		}
		return RagStatus.GREEN;
	}

	/**
	 * This rule as an SQL expression giving the status's name, for sums in the database (PlanRollups): {@code start},
	 * {@code due} and {@code completion} are column expressions, {@code day} a date parameter. The gap is compared in
	 * whole numbers (100 × elapsed against (gap + completion) × span), which is what {@link #assess} gives in doubles;
	 * RagRuleSqlIT holds the two to the same answer on every day around a grid of actions.
	 */
	public String sql(String start, String due, String completion, String day) {
		String expected = "(case when %4$s >= %2$s then 100 else 100 * (%4$s - %1$s) end)";
		String span = "(case when %4$s >= %2$s then 1 else %2$s - %1$s end)";
		return ("(case when %3$s >= 100 then 'COMPLETE' when %1$s > %4$s then 'NOT_STARTED' when %4$s > %2$s then 'RED'"
				+ " when " + expected + " > (%5$d + %3$s) * " + span + " then 'RED'"
				+ " when " + expected + " > (%6$d + %3$s) * " + span + " then 'AMBER' else 'GREEN' end)")
				.formatted(start, due, completion, day, thresholds.redGap(), thresholds.amberGap());
	}
}

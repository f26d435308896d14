package uk.gov.middlesbrough.tracker.rollout.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.gov.middlesbrough.tracker.rollout.DifferenceInDifferences;
import uk.gov.middlesbrough.tracker.rollout.WardFigure;

/**
 * A locality's figures before and after its start date against comparator wards' over the same periods.
 * <ul>
 * <li>Before: the periods that end before the start date. After: those that start on or after it. The period the start
 * date falls in is the change-over, left out of both (it mixes weeks before and after).</li>
 * <li>The comparators are pooled period by period: each period's comparator figure is the mean of the comparator wards
 * that have a figure for it, and each side's before or after is then the mean over its periods, so every period counts
 * once however many comparators report it (comparators 20 and 10 in one period and 22 alone in the next give 15 and 22,
 * mean 18.5, not 52 / 3).</li>
 * <li>Only periods with both a locality figure and a comparator figure are used, so both sides cover the same time.</li>
 * <li>A figure made from a suppressed number of people ({@code suppressed}) is withheld, as is every mean it enters
 * (and so the estimate): the figures are still used to work it, never shown.</li>
 * </ul>
 */
public final class Evaluation {

	/** Where a period falls against the start date. */
	public enum Phase {
		BEFORE, CHANGE_OVER, AFTER;

		/** A period of {@code months} months starting on {@code period}, against a start on {@code start}. */
		public static Phase of(LocalDate period, int months, LocalDate start) {
			if (!period.plusMonths(months).isAfter(start)) {
				return BEFORE;
			}
			return period.isBefore(start) ? CHANGE_OVER : AFTER;
		}
	}

	/**
	 * One period: the locality's figure and the comparators' mean (null where there is none), each withheld when made from
	 * a suppressed number of people, and whether the period is used in the estimate.
	 */
	public record Period(LocalDate start, Phase phase, Double locality, boolean localityWithheld, Double comparators,
			boolean comparatorsWithheld) {

		public boolean used() {
			return phase != Phase.CHANGE_OVER && locality != null && comparators != null;
		}
	}

	private final LocalDate start;
	private final List<Period> periods;
	private final boolean illustrative;

	private Evaluation(LocalDate start, List<Period> periods, boolean illustrative) {
		this.start = start;
		this.periods = List.copyOf(periods);
		this.illustrative = illustrative;
	}

	/**
	 * The periods of the locality's and the comparators' figures (one measure, each period {@code months} long), oldest
	 * first, against the locality's {@code start}.
	 */
	public static Evaluation of(LocalDate start, int months, List<WardFigure> locality, List<WardFigure> comparators,
			LongPredicate suppressed) {
		Predicate<WardFigure> withheld = figure -> figure.peopleCount() != null && suppressed.test(figure.peopleCount());
		Map<LocalDate, WardFigure> localityByPeriod = new TreeMap<>();
		locality.forEach(figure -> localityByPeriod.put(figure.period(), figure));
		Map<LocalDate, List<WardFigure>> comparatorsByPeriod = new TreeMap<>();
		comparators.forEach(figure -> comparatorsByPeriod.computeIfAbsent(figure.period(), period -> new ArrayList<>())
			.add(figure));
		TreeMap<LocalDate, Period> periods = new TreeMap<>();
		for (LocalDate period : union(localityByPeriod, comparatorsByPeriod)) {
			WardFigure own = localityByPeriod.get(period);
			List<WardFigure> others = comparatorsByPeriod.getOrDefault(period, List.of());
			periods.put(period, new Period(period, Phase.of(period, months, start),
					own == null ? null : own.value().doubleValue(), own != null && withheld.test(own),
					others.isEmpty() ? null : others.stream().mapToDouble(f -> f.value().doubleValue()).average().orElseThrow(),
					others.stream().anyMatch(withheld)));
		}
		return new Evaluation(start, new ArrayList<>(periods.values()),
				Stream.concat(locality.stream(), comparators.stream()).anyMatch(WardFigure::illustrative));
	}

	private static SortedSet<LocalDate> union(Map<LocalDate, ?> one, Map<LocalDate, ?> other) {
		SortedSet<LocalDate> all = new TreeSet<>(one.keySet());
		all.addAll(other.keySet());
		return all;
	}

	public LocalDate start() {
		return start;
	}

	/** Every period with a figure on either side, oldest first, the change-over included (for the chart and its table). */
	public List<Period> periods() {
		return periods;
	}

	/** Whether any figure was invented for the demonstration. */
	public boolean illustrative() {
		return illustrative;
	}

	/** How many periods of this phase are used (both sides have a figure). */
	public int used(Phase phase) {
		return (int) used(phase, period -> true).count();
	}

	/** The change-over period, if there is a figure for it. */
	public Optional<Period> changeOver() {
		return periods.stream().filter(period -> period.phase() == Phase.CHANGE_OVER).findFirst();
	}

	/** Whether there is a period to compare both before and after the start. */
	public boolean estimable() {
		return used(Phase.BEFORE) > 0 && used(Phase.AFTER) > 0;
	}

	/** The estimate from the periods used; only when {@link #estimable()}. */
	public DifferenceInDifferences estimate() {
		return DifferenceInDifferences.of(values(Phase.BEFORE, true), values(Phase.AFTER, true),
				values(Phase.BEFORE, false), values(Phase.AFTER, false));
	}

	/** Whether the locality's (or the comparators') mean for this phase takes in a withheld figure. */
	public boolean withheld(Phase phase, boolean locality) {
		return used(phase, period -> locality ? period.localityWithheld() : period.comparatorsWithheld()).findAny()
			.isPresent();
	}

	/** Whether any mean of the estimate takes in a withheld figure, so the estimate is withheld too. */
	public boolean estimateWithheld() {
		return withheld(Phase.BEFORE, true) || withheld(Phase.AFTER, true) || withheld(Phase.BEFORE, false)
				|| withheld(Phase.AFTER, false);
	}

	private List<Double> values(Phase phase, boolean locality) {
		return used(phase, period -> true).map(period -> locality ? period.locality() : period.comparators()).toList();
	}

	private Stream<Period> used(Phase phase, Predicate<Period> also) {
		return periods.stream().filter(period -> period.phase() == phase && period.used() && also.test(period));
	}
}

package uk.gov.middlesbrough.tracker.rollout;

import java.util.List;

/**
 * The simplest evaluation of a locality: how much its indicator changed from before its start to after, less how
 * much the comparator wards' changed over the same periods, (T after − T before) − (C after − C before). Each side is
 * the mean of its figures (the comparators' pooled). A negative estimate means the locality's figure fell by more
 * than the comparators' (good for crime, bad for feeling safe): the page says which way is better.
 */
public record DifferenceInDifferences(double treatedBefore, double treatedAfter, double comparatorBefore,
		double comparatorAfter) {

	public static DifferenceInDifferences of(List<Double> treatedBefore, List<Double> treatedAfter,
			List<Double> comparatorBefore, List<Double> comparatorAfter) {
		return new DifferenceInDifferences(mean(treatedBefore, "the locality before"), mean(treatedAfter, "the locality after"),
				mean(comparatorBefore, "the comparators before"), mean(comparatorAfter, "the comparators after"));
	}

	public double treatedChange() {
		return treatedAfter - treatedBefore;
	}

	public double comparatorChange() {
		return comparatorAfter - comparatorBefore;
	}

	public double estimate() {
		return treatedChange() - comparatorChange();
	}

	private static double mean(List<Double> values, String what) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("No figures for " + what);
		}
		return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}
}

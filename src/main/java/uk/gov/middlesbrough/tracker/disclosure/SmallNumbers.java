package uk.gov.middlesbrough.tracker.disclosure;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Suppression of small counts, as councils do when publishing ward figures: a count of 1 to {@code threshold − 1} is
 * shown as "fewer than {@code threshold}" (0 is shown: nobody can be identified from nobody), and a rate or percentage
 * computed from a suppressed count is suppressed too. The default threshold is 5.
 */
public record SmallNumbers(int threshold) {

	public static final SmallNumbers DEFAULT = new SmallNumbers(5);

	public SmallNumbers {
		if (threshold < 1) {
			throw new IllegalArgumentException("The suppression threshold is at least 1: " + threshold);
		}
	}

	public boolean suppressed(long count) {
		return count > 0 && count < threshold;
	}

	/** {@link #suppressed(long)} for a count held as a decimal (a figure in an indicator counted in whole numbers). */
	public boolean suppressed(BigDecimal count) {
		return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
	}

	/** The count as an export's cell: the number, or the words when it is suppressed. */
	public Object cell(long count) {
		return suppressed(count) ? words() : count;
	}

	/** The count as a page writes it: the number, or the words when it is suppressed. */
	public String text(long count) {
		return suppressed(count) ? words() : Long.toString(count);
	}

	/** The count when it may be shown; empty when it is suppressed. */
	public OptionalLong shown(long count) {
		return suppressed(count) ? OptionalLong.empty() : OptionalLong.of(count);
	}

	/** A rate per {@code per} from a count and its base, empty when the count is suppressed or the base is 0. */
	public OptionalDouble rate(long count, long base, double per) {
		return suppressed(count) || base <= 0 ? OptionalDouble.empty() : OptionalDouble.of(count * per / base);
	}

	/** How a suppressed count is written: "fewer than 5". */
	public String words() {
		return "fewer than " + threshold;
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;

/**
 * An indicator's definition as pages and other modules read it; {@code toleranceIllustrative} and
 * {@code frequencyIllustrative} when the demo data invented them (the papers do not give them).
 */
public record IndicatorView(long id, String code, String name, String description, Unit unit, Polarity polarity,
		Frequency frequency, String source, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target,
		BigDecimal tolerance, long version, boolean toleranceIllustrative, boolean frequencyIllustrative) {

	/** An indicator none of whose settings is illustrative. */
	public IndicatorView(long id, String code, String name, String description, Unit unit, Polarity polarity,
			Frequency frequency, String source, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target,
			BigDecimal tolerance, long version) {
		this(id, code, name, description, unit, polarity, frequency, source, baselineValue, baselineDate, target, tolerance,
				version, false, false);
	}

	/** Whether the demo data invented any of its settings. */
	public boolean illustrative() {
		return toleranceIllustrative || frequencyIllustrative;
	}

	/**
	 * Whether a figure is a count too small to show where figures leave the team's own pages (comparison, pack,
	 * exports): only counts are; a percentage or rate recorded as such has no count behind it here.
	 */
	public boolean withheld(BigDecimal value, SmallNumbers smallNumbers) {
		return unit == Unit.COUNT && smallNumbers.suppressed(value);
	}

	/** {@link #format} where figures leave the team's own pages: a {@link #withheld} count in words. */
	public String formatDisclosed(BigDecimal value, SmallNumbers smallNumbers) {
		return withheld(value, smallNumbers) ? smallNumbers.words() : format(value);
	}

	/** A figure in this indicator's unit, as people read it. */
	public String format(BigDecimal value) {
		return unit.format(value);
	}

	public String period(LocalDate period) {
		return frequency.label(period);
	}
}

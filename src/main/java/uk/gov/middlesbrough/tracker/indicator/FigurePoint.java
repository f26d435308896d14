package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure of a locality's series, as known at the view's moment, with the words the page shows: whether its period
 * was signed off by then (else it is provisional), and, where the page reads it, who entered it and how.
 */
public record FigurePoint(LocalDate period, String periodLabel, BigDecimal value, String formatted, String note,
		String sourceReference, boolean signedOff, FigureProvenance provenance) {

	/** A figure not signed off, without its provenance (as the tests and charts build them). */
	public FigurePoint(LocalDate period, String periodLabel, BigDecimal value, String formatted, String note,
			String sourceReference) {
		this(period, periodLabel, value, formatted, note, sourceReference, false, null);
	}

	/** Not yet signed off by its owner: the pages say "provisional" beside it, and a pack carrying it is watermarked. */
	public boolean provisional() {
		return !signedOff;
	}
}

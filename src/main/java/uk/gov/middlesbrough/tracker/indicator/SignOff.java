package uk.gov.middlesbrough.tracker.indicator;

import java.time.Instant;

/** A locality's figures from one source signed off for a period, by whom (username and name, with post) and when. */
public record SignOff(long id, long localityId, String source, SignOffPeriod period, String signedOffBy, String signedOffByName,
		Instant signedOffAt) {

	/** Whether a figure of an indicator from this source, for this locality and period, is locked by it. */
	public boolean locks(String indicatorSource, long figureLocality, java.time.LocalDate figurePeriod) {
		return localityId == figureLocality && source.equals(indicatorSource) && period.contains(figurePeriod);
	}
}

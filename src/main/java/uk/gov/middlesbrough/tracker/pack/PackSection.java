package uk.gov.middlesbrough.tracker.pack;

import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * A part of every panel pack, contributed by the feature it comes from (plans, escalations, indicators, surveys,
 * caseloads, scrutiny recommendations). The pack module knows no feature: it asks every section bean, in
 * {@link #order()}, for its part as of the pack's date, and puts the parts' fragments in the PDF and their tables in
 * the ZIP.
 */
public interface PackSection {

	/** Where the part goes among the others in each chapter and in the ZIP, lower first. */
	int order();

	/**
	 * The part for the pack's localities as of its date, read through {@link LocalityReading#once} in a fixed number
	 * of statements.
	 */
	PackPart packPart(LocalityReading reading);
}

package uk.gov.middlesbrough.tracker.dashboard;

import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * A section of the locality dashboard and the comparison, contributed by the feature that owns its figures (plans,
 * indicators, surveys, caseloads, escalations). The dashboard module knows no feature: it asks every section bean,
 * in {@link #order()}, for its content for the localities shown.
 */
public interface DashboardSection {

	/** Where the section goes among the others, lower first. */
	int order();

	/**
	 * The section's content for every locality of the reading, as of its moment, read in a fixed number of statements
	 * whatever the number of localities. Read through {@link LocalityReading#once} so that other contributions to the
	 * same page (escalations) reuse the read.
	 */
	SectionContent section(LocalityReading reading);
}

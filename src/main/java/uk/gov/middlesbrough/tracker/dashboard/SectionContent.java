package uk.gov.middlesbrough.tracker.dashboard;

import java.util.Optional;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * What a {@link DashboardSection} read for some localities, and the fragments that show it. The dashboard page
 * includes {@link #dashboard()} with the variables {@code section} (this), {@code locality} (a
 * {@code LocalityView}) and {@code asOf}; the comparison includes {@link #comparison()} with {@code section},
 * {@code localities} (in column order) and {@code asOf}.
 */
public interface SectionContent {

	/** The fragment on a locality's dashboard, or null if the section is not shown there. */
	default TemplateFragment dashboard() {
		return null;
	}

	/** The fragment on the comparison, or null if the section is not compared. */
	default TemplateFragment comparison() {
		return null;
	}

	/**
	 * Whether the section shows anything the demo data invented (marked "Illustrative" where it is shown), so that the
	 * page explains the mark once.
	 */
	default boolean illustrative() {
		return false;
	}

	/** One of the section's tables for the dashboard's and comparison's exports ({@code ?table=plans}). */
	default Optional<ExportTable> export(String table) {
		return Optional.empty();
	}
}

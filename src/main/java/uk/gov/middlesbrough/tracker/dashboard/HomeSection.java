package uk.gov.middlesbrough.tracker.dashboard;

import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * A part of the home page, contributed by the feature it comes from. The home page includes each part's
 * {@link HomePart#fragment()} in {@link #order()} with the variable {@code part}.
 */
public interface HomeSection {

	int order();

	/** What this user sees of the feature across every locality of the reading (all localities, today). */
	HomePart home(SignedInUser user, LocalityReading reading);

	/** A part of the home page: the fragment that shows it reads its data from {@code part}. */
	interface HomePart {

		TemplateFragment fragment();
	}
}

package uk.gov.middlesbrough.tracker.work;

import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Whose work is asked for, today: the user; the home page's reading of every locality (so a feature can share what
 * the rest of the page reads); the localities whose work is the user's (a manager's own locality, every locality for
 * the head of service, none for other roles; a plan lead's plans are the plan feature's to find); and how many items
 * a group lists before pointing to its full list (none when the page shows counts only: a feature then need not read
 * them).
 */
public record WorkRequest(SignedInUser user, LocalityReading reading, List<LocalityView> localities, int itemsShown) {

	public AsOf now() {
		return reading.asOf();
	}

	public List<Long> localityIds() {
		return localities.stream().map(LocalityView::id).toList();
	}

	public String name(long localityId) {
		return reading.name(localityId);
	}
}

package uk.gov.middlesbrough.tracker.work;

import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.HomeSection;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** "Your work", first on the home page ({@link UserWork}); the head of service sees counts by locality. */
@Component
class YourWork implements HomeSection {

	/** Items a group lists before pointing to its full list. */
	static final int ITEMS_SHOWN = 10;

	private final UserWork work;

	YourWork(UserWork work) {
		this.work = work;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public WorkHome home(SignedInUser user, LocalityReading reading) {
		boolean byLocality = user.hasRole(Role.HEAD_OF_SERVICE);
		// Across localities the page shows counts only, so the features are asked for no items.
		WorkRequest request = work.request(user, reading, byLocality ? 0 : ITEMS_SHOWN);
		return new WorkHome(work.groups(request), request.localities(), byLocality);
	}
}

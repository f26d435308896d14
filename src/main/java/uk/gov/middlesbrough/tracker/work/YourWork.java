package uk.gov.middlesbrough.tracker.work;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.HomeSection;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * "Your work", first on the home page: every feature's groups for the user ({@link WorkSource}), in their order. A
 * manager's work is their own locality's, the head of service's every locality's; other roles' work is whatever
 * the features give them (a plan lead's plans, a scrutiny officer's responses and packs).
 */
@Component
class YourWork implements HomeSection {

	/** Items a group lists before pointing to its full list. */
	static final int ITEMS_SHOWN = 10;

	private final List<WorkSource> sources;

	YourWork(List<WorkSource> sources) {
		this.sources = sources;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public WorkHome home(SignedInUser user, LocalityReading reading) {
		boolean byLocality = user.hasRole(Role.HEAD_OF_SERVICE);
		// Across localities the page shows counts only, so the features are asked for no items.
		WorkRequest request = new WorkRequest(user, reading, localitiesOf(user, reading.localities()), byLocality ? 0 : ITEMS_SHOWN);
		List<WorkGroup> groups = sources.stream().flatMap(source -> source.work(request).stream())
				.sorted(Comparator.comparingInt(WorkGroup::order)).toList();
		return new WorkHome(groups, request.localities(), byLocality);
	}

	private static List<LocalityView> localitiesOf(SignedInUser user, List<LocalityView> all) {
		if (user.hasRole(Role.HEAD_OF_SERVICE)) {
			return all;
		}
		if (user.hasRole(Role.NEIGHBOURHOOD_MANAGER) && user.localityId() != null) {
			return all.stream().filter(locality -> locality.id() == user.localityId()).toList();
		}
		return List.of();
	}
}

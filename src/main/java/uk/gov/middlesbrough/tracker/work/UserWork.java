package uk.gov.middlesbrough.tracker.work;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * A user's work gathered from every feature's {@link WorkSource}, in the groups' order: for the home page and for the
 * reminder digests. A manager's work is their own locality's, the head of service's every locality's; other roles'
 * work is whatever the features give them (a plan lead's plans, a scrutiny officer's responses and packs).
 */
@Component
public class UserWork {

	private final List<WorkSource> sources;

	UserWork(List<WorkSource> sources) {
		this.sources = sources;
	}

	/**
	 * @param reading every locality today (shared with the rest of a page, or across the users of one digest run)
	 * @param itemsShown how many items each group lists (0 for counts only)
	 */
	public WorkRequest request(SignedInUser user, LocalityReading reading, int itemsShown) {
		return new WorkRequest(user, reading, localitiesOf(user, reading.localities()), itemsShown);
	}

	public List<WorkGroup> groups(WorkRequest request) {
		return sources.stream().flatMap(source -> source.work(request).stream())
				.sorted(Comparator.comparingInt(WorkGroup::order)).toList();
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

package uk.gov.middlesbrough.tracker.work;

import java.util.List;
import uk.gov.middlesbrough.tracker.dashboard.HomeSection;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * A user's work on the home page: the groups that have items, or "nothing due" when the features gave groups but
 * none has items; nothing at all for a role no feature gives work to. Across localities (the head of service) the
 * groups are counted locality by locality.
 */
public final class WorkHome implements HomeSection.HomePart {

	private final List<WorkGroup> groups;
	private final List<LocalityView> localities;
	private final boolean byLocality;
	// Worked out once: the table of counts asks for them in every row and cell.
	private final List<WorkGroup> due;
	private final int total;
	private final List<LocalityView> localitiesWithWork;

	public WorkHome(List<WorkGroup> groups, List<LocalityView> localities, boolean byLocality) {
		this.groups = List.copyOf(groups);
		this.localities = List.copyOf(localities);
		this.byLocality = byLocality;
		this.due = this.groups.stream().filter(group -> !group.isEmpty()).toList();
		this.total = this.groups.stream().mapToInt(WorkGroup::count).sum();
		this.localitiesWithWork = this.localities.stream()
				.filter(locality -> due.stream().anyMatch(group -> group.countIn(locality.id()) > 0)).toList();
	}

	public List<WorkGroup> groups() {
		return groups;
	}

	public List<LocalityView> localities() {
		return localities;
	}

	public boolean byLocality() {
		return byLocality;
	}

	/** Whether the user has work of any kind to be shown (even if nothing is due). */
	public boolean shown() {
		return !groups.isEmpty();
	}

	public List<WorkGroup> due() {
		return due;
	}

	public int total() {
		return total;
	}

	/** The localities with something due, in the home page's order, for the table of counts. */
	public List<LocalityView> localitiesWithWork() {
		return localitiesWithWork;
	}

	/**
	 * Where a group's full list is when it lists fewer items than it has: its own list for items of no locality, one
	 * locality's list when the user's work is one locality's; otherwise none.
	 */
	public String seeAllLink(WorkGroup group) {
		if (!group.hasMore()) {
			return null;
		}
		if (group.countsByLocality().keySet().stream().allMatch(id -> id == 0)) {
			return group.listLink(0);
		}
		return localities.size() == 1 ? group.listLink(localities.get(0).id()) : null;
	}

	@Override
	public TemplateFragment fragment() {
		return TemplateFragment.of("work/home :: home");
	}
}

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
public record WorkHome(List<WorkGroup> groups, List<LocalityView> localities, boolean byLocality) implements HomeSection.HomePart {

	/** Whether the user has work of any kind to be shown (even if nothing is due). */
	public boolean shown() {
		return !groups.isEmpty();
	}

	public List<WorkGroup> due() {
		return groups.stream().filter(group -> !group.isEmpty()).toList();
	}

	public int total() {
		return groups.stream().mapToInt(WorkGroup::count).sum();
	}

	/** The localities with something due, in the home page's order, for the table of counts. */
	public List<LocalityView> localitiesWithWork() {
		return localities.stream().filter(locality -> due().stream().anyMatch(group -> group.countIn(locality.id()) > 0)).toList();
	}

	@Override
	public TemplateFragment fragment() {
		return TemplateFragment.of("work/home :: home");
	}
}

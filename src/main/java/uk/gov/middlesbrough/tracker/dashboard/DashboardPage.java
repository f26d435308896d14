package uk.gov.middlesbrough.tracker.dashboard;

import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Some localities' dashboards as of a moment: every contributed section's content, in order. */
public record DashboardPage(List<LocalityView> localities, AsOf asOf, List<SectionContent> sections) {

	/** Whether any section shows something the demo data invented. */
	public boolean illustrative() {
		return sections.stream().anyMatch(SectionContent::illustrative);
	}

	public boolean isEmpty() {
		return localities.isEmpty();
	}
}

package uk.gov.middlesbrough.tracker.dashboard;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Builds dashboards for one or many localities as of a moment from the sections the features contribute, each
 * reading its data once for all the localities, so the statement count does not grow with the number of localities.
 */
@Component
@Transactional(readOnly = true)
public class Dashboards {

	private final LocalityQueries localities;
	private final List<DashboardSection> sections;
	private final List<HomeSection> homeSections;

	Dashboards(LocalityQueries localities, List<DashboardSection> sections, List<HomeSection> homeSections) {
		this.localities = localities;
		this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
		this.homeSections = homeSections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
	}

	/** The localities found among these ids (in the order given), with every section's content. */
	public DashboardPage page(List<Long> localityIds, AsOf asOf) {
		LocalityReading reading = new LocalityReading(localities.findAll(localityIds), asOf);
		if (reading.isEmpty()) {
			return new DashboardPage(List.of(), asOf, List.of());
		}
		return new DashboardPage(reading.localities(), asOf,
				sections.stream().map(section -> section.section(reading)).toList());
	}

	/** The home page's parts for this user, across every locality today. */
	public List<HomeSection.HomePart> home(SignedInUser user, AsOf now) {
		LocalityReading reading = new LocalityReading(localities.all(), now);
		return homeSections.stream().map(section -> section.home(user, reading)).toList();
	}
}

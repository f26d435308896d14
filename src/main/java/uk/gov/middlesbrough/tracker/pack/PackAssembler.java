package uk.gov.middlesbrough.tracker.pack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.dashboard.Comparison;
import uk.gov.middlesbrough.tracker.dashboard.DashboardQueries;
import uk.gov.middlesbrough.tracker.dashboard.LocalityDashboard;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Gathers a pack's content as of its date from the same queries the dashboards use, so the pack's figures
 * are the as-of dashboard's figures.
 */
@Component
class PackAssembler {

	private final DashboardQueries dashboards;
	private final ScrutinyQueries scrutiny;
	private final Clock clock;

	PackAssembler(DashboardQueries dashboards, ScrutinyQueries scrutiny, Clock clock) {
		this.dashboards = dashboards;
		this.scrutiny = scrutiny;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PackContent assemble(MeetingView meeting, LocalDate asOfDay) {
		AsOf asOf = AsOf.endOf(asOfDay, clock);
		List<LocalityDashboard> localities = dashboards.dashboards(meeting.localityIds(), asOf);
		List<TrackerPage> trackers = scrutiny.reviews(asOf).stream()
				.map(review -> scrutiny.tracker(review.id(), asOf))
				.flatMap(Optional::stream)
				.toList();
		return new PackContent(meeting, asOf, localities, Comparison.of(localities), trackers);
	}
}

package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import uk.gov.middlesbrough.tracker.dashboard.Comparison;
import uk.gov.middlesbrough.tracker.dashboard.LocalityDashboard;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Everything a pack shows, as of its date: each locality's dashboard, the comparison and the trackers. */
record PackContent(MeetingView meeting, AsOf asOf, List<LocalityDashboard> dashboards, Comparison comparison,
		List<TrackerPage> trackers) {
}

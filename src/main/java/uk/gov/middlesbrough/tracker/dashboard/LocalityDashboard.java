package uk.gov.middlesbrough.tracker.dashboard;

import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;

/** Everything one locality's dashboard shows, as of one moment. */
public record LocalityDashboard(LocalityView locality, LocalityPlans plans) {
}

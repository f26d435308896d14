package uk.gov.middlesbrough.tracker.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Builds dashboards for one or many localities as of a moment, asking each feature once for all of them,
 * so the statement count does not grow with the number of localities.
 */
@Component
@Transactional(readOnly = true)
public class DashboardQueries {

	private final LocalityQueries localities;
	private final PlanQueries plans;

	DashboardQueries(LocalityQueries localities, PlanQueries plans) {
		this.localities = localities;
		this.plans = plans;
	}

	public List<LocalityDashboard> dashboards(List<Long> localityIds, AsOf asOf) {
		List<LocalityView> found = localities.findAll(localityIds);
		List<Long> ids = found.stream().map(LocalityView::id).toList();
		Map<Long, LocalityPlans> plansById = plans.localitiesPlans(ids, asOf).stream()
				.collect(Collectors.toMap(LocalityPlans::localityId, Function.identity()));
		return found.stream().map(locality -> new LocalityDashboard(locality, plansById.get(locality.id()))).toList();
	}
}

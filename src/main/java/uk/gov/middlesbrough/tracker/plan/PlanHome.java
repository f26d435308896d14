package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.dashboard.HomeSection;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The plans on the home page: a manager's own locality first, a plan lead's plans, and every locality's headline
 * figures side by side.
 */
public record PlanHome(List<LocalityView> localities, Map<Long, LocalityPlans> byLocality, LocalityView own,
		List<PlanSummary> ledPlans) implements HomeSection.HomePart {

	public LocalityPlans of(long localityId) {
		return byLocality.get(localityId);
	}

	public String localityName(long localityId) {
		return localities.stream().filter(locality -> locality.id() == localityId).map(LocalityView::name).findFirst()
				.orElse("");
	}

	@Override
	public TemplateFragment fragment() {
		return TemplateFragment.of("plan/sections :: home");
	}
}

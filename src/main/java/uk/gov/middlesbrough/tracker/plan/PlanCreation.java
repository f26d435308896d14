package uk.gov.middlesbrough.tracker.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityAdded;

/**
 * Gives a new locality its nine plans from the template. A plain (synchronous) listener, so the plans
 * are created in the same transaction as the locality: both or neither.
 */
@Component
class PlanCreation {

	private final PlanThemeRepository themes;
	private final ActionPlanRepository plans;

	PlanCreation(PlanThemeRepository themes, ActionPlanRepository plans) {
		this.themes = themes;
		this.plans = plans;
	}

	@EventListener
	void on(LocalityAdded event) {
		themes.findAllByOrderByPositionAsc().forEach(theme -> plans.save(theme.newPlanFor(event.localityId())));
	}
}

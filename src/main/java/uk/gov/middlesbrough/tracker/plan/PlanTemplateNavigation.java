package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The plan template in the service navigation, for administrators (who manage templates). */
@Component
class PlanTemplateNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) ? List.of(new NavigationLink(100, "nav.planTemplate", "/admin/plan-template")) : List.of();
	}
}

package uk.gov.middlesbrough.tracker.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The audit trail in the service navigation and the home page's tasks, for those who may read it (administrators and the head of service). */
@Component
class AuditNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return AuditPermissions.mayRead(user) ? List.of(new NavigationLink(80, "nav.audit", "/audit")) : List.of();
	}

	@Override
	public List<NavigationLink> tasks(SignedInUser user) {
		return AuditPermissions.mayRead(user) ? List.of(new NavigationLink(30, "nav.audit", "/audit")) : List.of();
	}
}

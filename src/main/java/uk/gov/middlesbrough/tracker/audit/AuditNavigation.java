package uk.gov.middlesbrough.tracker.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The audit trail in the service navigation, for those who may read it (administrators and the head of service). */
@Component
class AuditNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return user.canReadAudit() ? List.of(new NavigationLink(80, "nav.audit", "/audit")) : List.of();
	}
}

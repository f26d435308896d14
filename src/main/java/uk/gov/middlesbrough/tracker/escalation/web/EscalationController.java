package uk.gov.middlesbrough.tracker.escalation.web;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.escalation.EscalationKinds;
import uk.gov.middlesbrough.tracker.escalation.EscalationList;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * The DIG list across localities and for one locality, filtered by locality and kind. Everyone signed in may read
 * it; the head of service and a locality's neighbourhood manager are offered "Mark as raised at DIG".
 */
@Controller
class EscalationController {

	private final EscalationQueries queries;
	private final LocalityQueries localities;
	private final EscalationPageModel pageModel;
	private final EscalationKinds kinds;
	private final Clock clock;

	EscalationController(EscalationQueries queries, LocalityQueries localities, EscalationPageModel pageModel, EscalationKinds kinds, Clock clock) {
		this.kinds = kinds;
		this.queries = queries;
		this.localities = localities;
		this.pageModel = pageModel;
		this.clock = clock;
	}

	@GetMapping("/escalations")
	String all(@RequestParam(required = false) List<String> locality, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) String decision, @AuthenticationPrincipal SignedInUser user, Model model) {
		EscalationFilter filter = EscalationFilter.of(locality, kind, kinds);
		AsOf asOf = AsOf.now(clock);
		EscalationList list = filter.localityIds().isEmpty() ? queries.all(asOf) : queries.list(filter.localityIds(), asOf);
		pageModel.fill(model, list, filter, DecisionFilter.of(decision), null, user);
		return "escalation/list";
	}

	@GetMapping("/localities/{id}/escalations")
	String locality(@PathVariable long id, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) String decision, @AuthenticationPrincipal SignedInUser user, Model model) {
		LocalityView found = localities.find(id).orElseThrow(() -> new NotFound("locality " + id));
		EscalationFilter filter = new EscalationFilter(List.of(id), EscalationFilter.of(null, kind, kinds).kinds());
		pageModel.fill(model, queries.list(List.of(id), AsOf.now(clock)), filter, DecisionFilter.of(decision), found, user);
		return "escalation/list";
	}
}

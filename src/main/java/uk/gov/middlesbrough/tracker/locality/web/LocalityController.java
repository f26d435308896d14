package uk.gov.middlesbrough.tracker.locality.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityPermissions;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The list of localities and the page for each. Everyone signed in may read them. */
@Controller
class LocalityController {

	private final LocalityQueries queries;
	private final List<LocalityPageLinks> links;

	LocalityController(LocalityQueries queries, List<LocalityPageLinks> links) {
		this.queries = queries;
		this.links = links;
	}

	@GetMapping("/localities")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("localities", queries.all());
		model.addAttribute("canManage", LocalityPermissions.mayManage(user));
		return "locality/list";
	}

	@GetMapping("/localities/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LocalityView locality = queries.find(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("locality", locality);
		model.addAttribute("links", links.stream().flatMap(each -> each.links(locality, user).stream())
			.sorted(Comparator.comparingInt(LocalityPageLinks.LocalityLink::order)).toList());
		model.addAttribute("canManage", LocalityPermissions.mayManage(user));
		return "locality/show";
	}
}

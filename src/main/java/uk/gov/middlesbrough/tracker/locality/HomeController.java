package uk.gov.middlesbrough.tracker.locality;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The first page after sign-in: what this person needs first (a manager: their own locality). */
@Controller
class HomeController {

	private final LocalityQueries queries;

	HomeController(LocalityQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/")
	String home(Model model) {
		SignedInUser user = CurrentUser.required();
		model.addAttribute("localities", queries.all());
		model.addAttribute("ownLocality", user.localityId() == null ? null : queries.find(user.localityId()).orElse(null));
		model.addAttribute("canManageLocalities", user.canManageLocalities());
		model.addAttribute("canManageUsers", user.canManageUsers());
		model.addAttribute("canReadAudit", user.canReadAudit());
		return "locality/home";
	}
}

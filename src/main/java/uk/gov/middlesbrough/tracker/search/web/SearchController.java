package uk.gov.middlesbrough.tracker.search.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.search.Search;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The results of the header's search box, grouped by kind. Everyone signed in may search what they may read. */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("results", search.find(new SearchQuery(q), user));
		return "search/results";
	}
}

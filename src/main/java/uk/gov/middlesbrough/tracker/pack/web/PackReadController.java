package uk.gov.middlesbrough.tracker.pack.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.pack.PackPermissions;
import uk.gov.middlesbrough.tracker.pack.PackQueries;
import uk.gov.middlesbrough.tracker.pack.PackView;
import uk.gov.middlesbrough.tracker.pack.PackWebView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * A pack read in the browser, on a phone as well as a desktop: the same content and numbering as its PDF. Drafts are
 * for those who produce packs, as their PDFs are; issued packs for everyone signed in.
 */
@Controller
class PackReadController {

	private final PackQueries queries;
	private final PackWebView webView;

	PackReadController(PackQueries queries, PackWebView webView) {
		this.queries = queries;
		this.webView = webView;
	}

	@GetMapping("/packs/{id}/read")
	String read(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PackView pack = queries.pack(id).filter(p -> p.issued() || PackPermissions.mayProduce(user))
			.filter(PackView::ready)
			.orElseThrow(() -> new NotFound("pack", id));
		model.addAttribute("pack", pack);
		model.addAttribute("meeting", queries.meeting(pack.meetingId()).orElseThrow(() -> new NotFound("meeting", pack.meetingId())));
		model.addAttribute("body", webView.of(id).orElse(null));
		return "pack/read";
	}
}

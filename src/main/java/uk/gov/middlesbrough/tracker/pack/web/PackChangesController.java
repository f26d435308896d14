package uk.gov.middlesbrough.tracker.pack.web;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.pack.PackChanges;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * "Pack vs today": what changed since an issued pack was read as of, for everyone who may read issued packs (panel
 * members among them). A draft has nothing to compare with: the panel has not seen it.
 */
@Controller
class PackChangesController {

	private final PackChanges changes;
	private final Clock clock;

	PackChangesController(PackChanges changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@GetMapping("/packs/{id}/changes")
	String changes(@PathVariable long id, Model model) {
		model.addAttribute("changes", changes.sinceIssued(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("issued pack", id)));
		return "pack/changes";
	}
}

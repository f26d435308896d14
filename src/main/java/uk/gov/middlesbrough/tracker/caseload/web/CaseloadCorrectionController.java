package uk.gov.middlesbrough.tracker.caseload.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.caseload.CaseloadManagement;
import uk.gov.middlesbrough.tracker.caseload.CaseloadOptions;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPage;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPermissions;
import uk.gov.middlesbrough.tracker.caseload.CaseloadQueries;
import uk.gov.middlesbrough.tracker.caseload.PostFigures;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Correcting a post's figures for a date; the old figures stay in the history (optimistic locking). */
@Controller
class CaseloadCorrectionController {

	private static final String VIEW = "caseload/correct";

	private final CaseloadQueries queries;
	private final CaseloadManagement management;
	private final Clock clock;

	CaseloadCorrectionController(CaseloadQueries queries, CaseloadManagement management, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/caseloads/snapshots/{snapshotId}/edit")
	String form(@PathVariable long id, @PathVariable long snapshotId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		PostFigures post = correctable(id, snapshotId, user, model);
		model.addAttribute("correctionForm", CorrectionForm.of(post));
		return VIEW;
	}

	@PostMapping("/localities/{id}/caseloads/snapshots/{snapshotId}")
	String correct(@PathVariable long id, @PathVariable long snapshotId, @Valid @ModelAttribute CorrectionForm correctionForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PostFigures post = correctable(id, snapshotId, user, model);
		correctionForm.validate(result);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			boolean changed = management.correct(id, snapshotId, correctionForm.getVersion(), correctionForm.figures(),
					correctionForm.sourceOrNull(), user);
			SuccessMessage.flash(redirect, changed ? "caseload.corrected" : "caseload.correction.unchanged", post.label(),
					CaseloadOptions.day(post.snapshotDate()));
			return "redirect:/localities/" + id + "/caseloads";
		}
		catch (ChangedMeanwhile ex) {
			// The page shows the figures as they are now beside what was typed; the typed figures are kept for a resubmit.
			correctionForm.setVersion(post.version());
			result.reject("caseload.changedMeanwhile");
			return VIEW;
		}
	}

	private PostFigures correctable(long id, long snapshotId, SignedInUser user, Model model) {
		CaseloadPage page = queries.page(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("locality", id));
		if (!CaseloadPermissions.mayEnterFiguresFor(user, id)) {
			throw new AccessDeniedException("Not allowed to correct figures for locality " + id);
		}
		PostFigures post = Stream.concat(page.latest().stream(), page.earlier().stream())
			.filter(candidate -> candidate.snapshotId() == snapshotId)
			.findFirst()
			.orElseThrow(() -> new NotFound("caseload snapshot", snapshotId));
		model.addAttribute("page", page);
		model.addAttribute("post", post);
		return post;
	}
}

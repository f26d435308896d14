package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationDetail;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyManagement;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyPermissions;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** A recommendation's page (its words, the response, flags and timeline) and adding a progress update to it. */
@Controller
class RecommendationController {

	private static final String VIEW = "scrutiny/recommendation";

	private final ScrutinyQueries queries;
	private final ScrutinyManagement management;
	private final ScrutinyOptions options;
	private final Clock clock;

	RecommendationController(ScrutinyQueries queries, ScrutinyManagement management, ScrutinyOptions options, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.options = options;
		this.clock = clock;
	}

	@GetMapping("/scrutiny/recommendations/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		RecommendationDetail detail = detail(id);
		model.addAttribute("progressUpdateForm",
				ProgressUpdateForm.startingFrom(detail.recommendation().status(), detail.version(), AsOf.now(clock).day()));
		return show(detail, user, model);
	}

	@PostMapping("/scrutiny/recommendations/{id}/progress")
	String addProgress(@PathVariable long id, @Valid @ModelAttribute ProgressUpdateForm progressUpdateForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "add a progress update to recommendation " + id);
		RecommendationDetail detail = detail(id);
		progressUpdateForm.validate(result, AsOf.now(clock).day());
		if (!result.hasErrors()) {
			try {
				management.recordProgress(id, progressUpdateForm.getVersion(), progressUpdateForm.updateOn(),
						progressUpdateForm.getNote().strip(), progressUpdateForm.getStatus(), user);
				SuccessMessage.flash(redirect, "scrutiny.progress.added", detail.recommendation().reference(),
						options.text(progressUpdateForm.getStatus().messageKey()));
				return "redirect:/scrutiny/recommendations/" + id;
			}
			catch (ChangedMeanwhile ex) {
				// The page shows the newer state and timeline; the typed update is kept for a deliberate resubmit.
				progressUpdateForm.setVersion(detail.version());
				result.reject("scrutiny.changedMeanwhile");
			}
		}
		return show(detail, user, model);
	}

	private RecommendationDetail detail(long id) {
		return queries.recommendation(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("recommendation", id));
	}

	private String show(RecommendationDetail detail, SignedInUser user, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("statusOptions", options.statuses());
		model.addAttribute("canEdit", ScrutinyPermissions.mayEdit(user));
		return VIEW;
	}
}

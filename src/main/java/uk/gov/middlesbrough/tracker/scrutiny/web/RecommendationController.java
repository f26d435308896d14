package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationDetail;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyManagement;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerRow;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.AsOfForm;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * A recommendation's page (its words, the response, flags, delivering actions and timeline), today or as of a past
 * day, and adding a progress update to it.
 */
@Controller
class RecommendationController {

	private final ScrutinyQueries queries;
	private final ScrutinyManagement management;
	private final ScrutinyOptions options;
	private final RecommendationPage page;
	private final Clock clock;

	RecommendationController(ScrutinyQueries queries, ScrutinyManagement management, ScrutinyOptions options,
			RecommendationPage page, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.options = options;
		this.page = page;
		this.clock = clock;
	}

	/** The ISO date of {@code ?asOf=2023-03-20} is taken on its own; the form's date boxes bind as asOf.day and so on. */
	@InitBinder("asOfForm")
	void isoDateIsNotTheBoxes(WebDataBinder binder) {
		binder.setDisallowedFields("asOf");
	}

	/**
	 * The page as of today or, with {@code ?asOf=YYYY-MM-DD} or the as-of form, as it stood at the end of a past day: the
	 * recommendation, its timeline and its delivering actions' completion and RAG as recorded by then. A past view
	 * cannot be edited.
	 */
	@GetMapping("/scrutiny/recommendations/{id}")
	String show(@PathVariable long id,
			@RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate isoDay,
			@ModelAttribute("asOfForm") AsOfForm asOfForm, BindingResult asOfErrors,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		if (isoDay != null && asOfForm.getAsOf().isBlank()) {
			asOfForm.setAsOf(DateInput.of(isoDay));
		}
		asOfForm.validate(asOfErrors, clock);
		AsOf asOf = asOfForm.moment(asOfErrors, clock);
		RecommendationDetail detail = queries.recommendation(id, asOf).orElseThrow(() -> new NotFound("recommendation", id));
		model.addAttribute("asOf", asOf);
		model.addAttribute("progressUpdateForm", page.progressForm(detail));
		return page.show(detail, user, model);
	}

	@PostMapping("/scrutiny/recommendations/{id}/progress")
	String addProgress(@PathVariable long id, @Valid @ModelAttribute ProgressUpdateForm progressUpdateForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "add a progress update to recommendation " + id);
		RecommendationDetail detail = page.detail(id);
		TrackerRow current = detail.recommendation();
		progressUpdateForm.validate(result, current.status(), current.response().decision(), AsOf.now(clock).day());
		if (!result.hasErrors()) {
			try {
				management.recordProgress(id, progressUpdateForm.getVersion(), progressUpdateForm.updateOn(),
						progressUpdateForm.getNote().strip(), progressUpdateForm.getStatus(), progressUpdateForm.agreement(),
						user);
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
		return page.show(detail, user, model);
	}
}

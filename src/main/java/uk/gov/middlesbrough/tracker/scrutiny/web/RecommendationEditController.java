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
import uk.gov.middlesbrough.tracker.scrutiny.AlreadyRecorded;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationDetail;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationReference;
import uk.gov.middlesbrough.tracker.scrutiny.ReviewSummary;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyManagement;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Adding a recommendation to a review, and changing a recommendation's status and response (tracker keepers only). */
@Controller
class RecommendationEditController {

	private static final String NEW_VIEW = "scrutiny/recommendation-form";
	private static final String RESPONSE_VIEW = "scrutiny/response-form";

	private final ScrutinyQueries queries;
	private final ScrutinyManagement management;
	private final ScrutinyOptions options;
	private final Clock clock;

	RecommendationEditController(ScrutinyQueries queries, ScrutinyManagement management, ScrutinyOptions options,
			Clock clock) {
		this.queries = queries;
		this.management = management;
		this.options = options;
		this.clock = clock;
	}

	@GetMapping("/scrutiny/reviews/{id}/recommendations/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ScrutinyOptions.checkMayEdit(user, "add a recommendation");
		model.addAttribute("review", review(id));
		model.addAttribute("recommendationForm", new RecommendationForm());
		return NEW_VIEW;
	}

	@PostMapping("/scrutiny/reviews/{id}/recommendations")
	String add(@PathVariable long id, @Valid @ModelAttribute RecommendationForm recommendationForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "add a recommendation");
		ReviewSummary review = review(id);
		recommendationForm.validate(result);
		if (!result.hasErrors()) {
			RecommendationReference reference = recommendationForm.parsedReference();
			try {
				long recommendationId = management.addRecommendation(id, reference, recommendationForm.getText().strip(), user);
				SuccessMessage.flash(redirect, "scrutiny.recommendation.added", reference.toString());
				return "redirect:/scrutiny/recommendations/" + recommendationId;
			}
			catch (AlreadyRecorded ex) {
				result.rejectValue("reference", "scrutiny.recommendation.reference.taken", new Object[] { reference.toString() },
						null);
			}
		}
		model.addAttribute("review", review);
		return NEW_VIEW;
	}

	@GetMapping("/scrutiny/recommendations/{id}/response")
	String responseForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ScrutinyOptions.checkMayEdit(user, "change the response to recommendation " + id);
		RecommendationDetail detail = detail(id);
		model.addAttribute("responseForm", ResponseForm.of(detail.recommendation(), detail.version()));
		return responseView(detail, model);
	}

	@PostMapping("/scrutiny/recommendations/{id}/response")
	String respond(@PathVariable long id, @Valid @ModelAttribute ResponseForm responseForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "change the response to recommendation " + id);
		RecommendationDetail detail = detail(id);
		responseForm.validate(result, detail.recommendation().status(), AsOf.now(clock).day());
		if (!result.hasErrors()) {
			try {
				management.respond(id, responseForm.getVersion(), responseForm.toResponse(), responseForm.getStatus(),
						responseForm.agreement(), user);
				SuccessMessage.flash(redirect, "scrutiny.response.saved", detail.recommendation().reference());
				return "redirect:/scrutiny/recommendations/" + id;
			}
			catch (ChangedMeanwhile ex) {
				model.addAttribute("latest", detail.recommendation());
				responseForm.setVersion(detail.version());
				result.reject("scrutiny.changedMeanwhile");
			}
		}
		return responseView(detail, model);
	}

	private String responseView(RecommendationDetail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("statusOptions", options.statuses());
		model.addAttribute("decisionOptions", options.decisions());
		return RESPONSE_VIEW;
	}

	private ReviewSummary review(long id) {
		return queries.tracker(id, AsOf.now(clock)).map(TrackerPage::review).orElseThrow(() -> new NotFound("review", id));
	}

	private RecommendationDetail detail(long id) {
		return queries.recommendation(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("recommendation", id));
	}
}

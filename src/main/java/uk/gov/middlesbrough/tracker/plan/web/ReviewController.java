package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.gov.middlesbrough.tracker.plan.PlanManagement;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Recording a plan's monthly review (whoever may work on the plan's actions). */
@Controller
class ReviewController {

	private static final String VIEW = "plan/record-review";

	private final PlanQueries queries;
	private final PlanManagement management;
	private final Clock clock;

	ReviewController(PlanQueries queries, PlanManagement management, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/reviews/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", reviewablePlan(id, user));
		ReviewForm form = new ReviewForm();
		form.setReviewedOn(DateInput.of(LocalDate.now(clock)));
		model.addAttribute("reviewForm", form);
		return VIEW;
	}

	@PostMapping("/plans/{id}/reviews")
	String record(@PathVariable long id, @Valid @ModelAttribute ReviewForm reviewForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PlanPage page = reviewablePlan(id, user);
		DateInput.validate(result, "reviewedOn", reviewForm.getReviewedOn(), "review date", true);
		if (!result.hasFieldErrors("reviewedOn") && reviewForm.getReviewedOn().toDate().orElseThrow().isAfter(LocalDate.now(clock))) {
			result.rejectValue("reviewedOn", "review.date.future");
		}
		if (result.hasErrors()) {
			model.addAttribute("page", page);
			return VIEW;
		}
		management.recordReview(id, reviewForm.getReviewedOn().toDate().orElseThrow(), reviewForm.getNotes().strip(), user);
		SuccessMessage.flash(redirect, "review.recorded", page.summary().title());
		return "redirect:/plans/" + id;
	}

	private PlanPage reviewablePlan(long id, SignedInUser user) {
		PlanPage page = queries.plan(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("plan", id));
		if (!PlanPermissions.mayWorkOnActions(user, page.summary().localityId(), page.leadUserId())) {
			throw new AccessDeniedException("Not allowed to review plan " + id);
		}
		return page;
	}
}

package uk.gov.middlesbrough.tracker.scrutiny.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationActions;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationDetail;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Linking a locality's action to the recommendation it delivers, and unlinking it, from the recommendation's page. */
@Controller
class DeliveryController {

	private final RecommendationActions delivering;
	private final RecommendationPage page;

	DeliveryController(RecommendationActions delivering, RecommendationPage page) {
		this.delivering = delivering;
		this.page = page;
	}

	@PostMapping("/scrutiny/recommendations/{id}/actions")
	String linkAction(@PathVariable long id, @ModelAttribute LinkActionForm linkActionForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "link an action to recommendation " + id);
		RecommendationDetail detail = page.detail(id);
		Long actionId = linkActionForm.number();
		if (actionId == null) {
			result.rejectValue("actionId", "scrutiny.delivery.actionId.notANumber");
		}
		else if (!delivering.link(id, actionId, user)) {
			result.rejectValue("actionId", "scrutiny.delivery.actionId.notFound", new Object[] {actionId}, null);
		}
		if (result.hasErrors()) {
			model.addAttribute("progressUpdateForm", page.progressForm(detail));
			return page.show(detail, user, model);
		}
		SuccessMessage.flash(redirect, "scrutiny.delivery.linked", detail.recommendation().reference());
		return "redirect:/scrutiny/recommendations/" + id + "#delivery-heading";
	}

	@PostMapping("/scrutiny/recommendations/{id}/actions/{actionId}/unlink")
	String unlinkAction(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "unlink an action from recommendation " + id);
		RecommendationDetail detail = page.detail(id);
		delivering.unlink(id, actionId);
		SuccessMessage.flash(redirect, "scrutiny.delivery.unlinked", detail.recommendation().reference());
		return "redirect:/scrutiny/recommendations/" + id + "#delivery-heading";
	}
}

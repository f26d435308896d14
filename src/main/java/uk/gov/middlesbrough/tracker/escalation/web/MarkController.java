package uk.gov.middlesbrough.tracker.escalation.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.escalation.AlreadyMarked;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationItem;
import uk.gov.middlesbrough.tracker.escalation.EscalationMarking;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Marking an item of the DIG list "raised at DIG" (the head of service, and the locality's neighbourhood manager).
 * The item is named by its key and locality; {@code from} says which list to go back to.
 */
@Controller
class MarkController {

	private static final String VIEW = "escalation/mark";

	private final ItemPages pages;
	private final EscalationMarking marking;

	MarkController(ItemPages pages, EscalationMarking marking) {
		this.pages = pages;
		this.marking = marking;
	}

	@GetMapping("/escalations/mark")
	String form(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		MarkForm form = new MarkForm();
		form.setRaisedOn(DateInput.of(pages.today()));
		model.addAttribute("markForm", form);
		return show(key, locality, from, user, model);
	}

	@PostMapping("/escalations/mark")
	String mark(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@Valid @ModelAttribute MarkForm markForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		EscalationMarking.checkMayMark(user, locality);
		markForm.validate(result, pages.today());
		if (!result.hasErrors()) {
			try {
				Escalation item = marking.mark(locality, key, markForm.raisedOnDate(), markForm.getNote().strip(), user);
				SuccessMessage.flash(redirect, "escalation.mark.saved", item.shortSubject(),
						ItemPages.DAY.format(markForm.raisedOnDate()));
				return "redirect:" + ItemPages.back(from, locality);
			}
			catch (AlreadyMarked ex) {
				result.rejectValue("note", "escalation.mark.already", new Object[] { ItemPages.DAY.format(ex.latest().raisedOn()) },
						"Already marked");
			}
		}
		return show(key, locality, from, user, model);
	}

	private String show(String key, long locality, String from, SignedInUser user, Model model) {
		EscalationItem item = pages.find(user, locality, key).item();
		if (!item.listed()) {
			throw new NotFound("open escalation " + key);
		}
		ItemPages.fill(model, item, from);
		return VIEW;
	}
}

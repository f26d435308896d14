package uk.gov.middlesbrough.tracker.escalation.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.escalation.DigDecisions;
import uk.gov.middlesbrough.tracker.escalation.EscalationItem;
import uk.gov.middlesbrough.tracker.escalation.FollowUpActions.PlanChoice;
import uk.gov.middlesbrough.tracker.escalation.web.ItemPages.ItemPage;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Recording what the Design and Implementation Group decided about an item raised to it (open, or since cleared),
 * with the item's marks and earlier decisions: the head of service, and the locality's neighbourhood manager. The
 * item, its marks and the locality's plans come from one reading of the locality.
 */
@Controller
class DecisionController {

	private static final String VIEW = "escalation/decision";

	private final ItemPages pages;
	private final DigDecisions decisions;

	DecisionController(ItemPages pages, DigDecisions decisions) {
		this.pages = pages;
		this.decisions = decisions;
	}

	@GetMapping("/escalations/decision")
	String form(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		DecisionForm form = new DecisionForm();
		form.setDecidedOn(DateInput.of(pages.today()));
		model.addAttribute("decisionForm", form);
		return show(raised(user, locality, key), from, model);
	}

	@PostMapping("/escalations/decision")
	String record(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@ModelAttribute DecisionForm decisionForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		ItemPage page = raised(user, locality, key);
		EscalationItem item = page.item();
		Set<Long> planIds = plans(page).stream().map(PlanChoice::id).collect(Collectors.toSet());
		decisionForm.validate(result, pages.today(), item.latestMark().raisedOn(), planIds);
		if (!result.hasErrors()) {
			try {
				Optional<Long> action = decisions.record(locality, key, decisionForm.input(), user);
				String subject = item.escalation().shortSubject();
				if (action.isPresent()) {
					SuccessMessage.flash(redirect, "escalation.decision.savedWithAction", subject);
					return "redirect:/actions/" + action.get();
				}
				SuccessMessage.flash(redirect, "escalation.decision.saved", subject);
				return "redirect:" + ItemPages.back(from, locality);
			}
			catch (DigDecisions.AlreadyDecided ex) {
				result.rejectValue("decision", "escalation.decision.already");
			}
		}
		return show(page, from, model);
	}

	/** The item, if it has been raised at DIG: there is nothing to decide about one that never was. */
	private ItemPage raised(SignedInUser user, long locality, String key) {
		ItemPage page = pages.find(user, locality, key);
		if (!page.item().raised()) {
			throw new NotFound("escalation raised at DIG " + key);
		}
		return page;
	}

	private String show(ItemPage page, String from, Model model) {
		EscalationItem item = page.item();
		ItemPages.fill(model, item, from);
		model.addAttribute("raisedOn", ItemPages.DAY.format(item.latestMark().raisedOn()));
		model.addAttribute("history", decisions.history(item.escalation().localityId(), item.escalation().key()));
		model.addAttribute("plans", plans(page).stream()
			.map(plan -> new Option(String.valueOf(plan.id()), plan.title())).toList());
		return VIEW;
	}

	private List<PlanChoice> plans(ItemPage page) {
		return decisions.plansOf(page.reading(), page.item().escalation().localityId());
	}

	/** A choice of the plan select. */
	record Option(String value, String text) {
	}
}

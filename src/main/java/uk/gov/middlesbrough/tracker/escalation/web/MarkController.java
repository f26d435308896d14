package uk.gov.middlesbrough.tracker.escalation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import uk.gov.middlesbrough.tracker.escalation.EscalationMarking;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.escalation.OpenEscalation;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
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
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final EscalationQueries queries;
	private final EscalationMarking marking;
	private final Clock clock;

	MarkController(EscalationQueries queries, EscalationMarking marking, Clock clock) {
		this.queries = queries;
		this.marking = marking;
		this.clock = clock;
	}

	@GetMapping("/escalations/mark")
	String form(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		MarkForm form = new MarkForm();
		form.setRaisedOn(DateInput.of(AsOf.now(clock).day()));
		model.addAttribute("markForm", form);
		return show(key, locality, from, user, model);
	}

	@PostMapping("/escalations/mark")
	String mark(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@Valid @ModelAttribute MarkForm markForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		EscalationMarking.checkMayMark(user, locality);
		markForm.validate(result, AsOf.now(clock).day());
		if (!result.hasErrors()) {
			try {
				Escalation item = marking.mark(locality, key, markForm.raisedOnDate(), markForm.getNote().strip(), user);
				SuccessMessage.flash(redirect, "escalation.mark.saved", item.shortSubject(), DAY.format(markForm.raisedOnDate()));
				return "redirect:" + back(from, locality);
			}
			catch (AlreadyMarked ex) {
				result.rejectValue("note", "escalation.mark.already", new Object[] { DAY.format(ex.latest().raisedOn()) },
						"Already marked");
			}
		}
		return show(key, locality, from, user, model);
	}

	private String show(String key, long locality, String from, SignedInUser user, Model model) {
		EscalationMarking.checkMayMark(user, locality);
		OpenEscalation item = queries.openItem(locality, key, AsOf.now(clock))
				.orElseThrow(() -> new NotFound("open escalation " + key));
		model.addAttribute("item", item);
		model.addAttribute("history", queries.marks(locality, key));
		model.addAttribute("from", "locality".equals(from) ? "locality" : "all");
		model.addAttribute("back", back(from, locality));
		return VIEW;
	}

	/** The list the user came from: the locality's own page, or the list across localities. */
	static String back(String from, long locality) {
		return "locality".equals(from) ? "/localities/" + locality + "/escalations" : "/escalations";
	}
}

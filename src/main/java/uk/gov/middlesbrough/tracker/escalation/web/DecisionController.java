package uk.gov.middlesbrough.tracker.escalation.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationList;
import uk.gov.middlesbrough.tracker.escalation.EscalationMarking;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.escalation.FollowUpActions.PlanChoice;
import uk.gov.middlesbrough.tracker.escalation.RaisedMark;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Recording what the Design and Implementation Group decided about an item raised to it (open, or since cleared),
 * with the item's marks and earlier decisions: the head of service, and the locality's neighbourhood manager.
 */
@Controller
class DecisionController {

	private static final String VIEW = "escalation/decision";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final EscalationQueries queries;
	private final DigDecisions decisions;
	private final Clock clock;

	DecisionController(EscalationQueries queries, DigDecisions decisions, Clock clock) {
		this.queries = queries;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping("/escalations/decision")
	String form(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		DecisionForm form = new DecisionForm();
		form.setDecidedOn(DateInput.of(AsOf.now(clock).day()));
		model.addAttribute("decisionForm", form);
		return show(key, locality, from, user, model);
	}

	@PostMapping("/escalations/decision")
	String record(@RequestParam String key, @RequestParam long locality, @RequestParam(required = false) String from,
			@ModelAttribute DecisionForm decisionForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		EscalationMarking.checkMayMark(user, locality);
		List<RaisedMark> marks = queries.marks(locality, key);
		if (marks.isEmpty()) {
			throw new NotFound("escalation raised at DIG " + key);
		}
		Set<Long> planIds = decisions.plansOf(locality).stream().map(PlanChoice::id).collect(Collectors.toSet());
		decisionForm.validate(result, AsOf.now(clock).day(), marks.get(0).raisedOn(), planIds);
		if (!result.hasErrors()) {
			try {
				Optional<Long> action = decisions.record(locality, key, decisionForm.input(), user);
				String subject = item(locality, key).shortSubject();
				if (action.isPresent()) {
					SuccessMessage.flash(redirect, "escalation.decision.savedWithAction", subject);
					return "redirect:/actions/" + action.get();
				}
				SuccessMessage.flash(redirect, "escalation.decision.saved", subject);
				return "redirect:" + MarkController.back(from, locality);
			}
			catch (DigDecisions.AlreadyDecided ex) {
				result.rejectValue("decision", "escalation.decision.already");
			}
		}
		return show(key, locality, from, user, model);
	}

	private String show(String key, long locality, String from, SignedInUser user, Model model) {
		EscalationMarking.checkMayMark(user, locality);
		List<RaisedMark> marks = queries.marks(locality, key);
		if (marks.isEmpty()) {
			throw new NotFound("escalation raised at DIG " + key);
		}
		model.addAttribute("escalation", item(locality, key));
		model.addAttribute("marks", marks);
		model.addAttribute("raisedOn", DAY.format(marks.get(0).raisedOn()));
		model.addAttribute("history", decisions.history(locality, key));
		model.addAttribute("plans", decisions.plansOf(locality).stream()
			.map(plan -> new Option(String.valueOf(plan.id()), plan.title())).toList());
		model.addAttribute("from", "locality".equals(from) ? "locality" : "all");
		model.addAttribute("back", MarkController.back(from, locality));
		return VIEW;
	}

	/** The item as listed now, or as it read when last marked if its cause has cleared. */
	private Escalation item(long locality, String key) {
		EscalationList list = queries.list(List.of(locality), AsOf.now(clock));
		return list.open().stream().map(open -> open.escalation()).filter(item -> item.key().equals(key)).findFirst()
			.or(() -> list.resolved().stream().map(resolved -> resolved.asMarked()).filter(item -> item.key().equals(key))
				.findFirst())
			.orElseThrow(() -> new NotFound("escalation " + key));
	}

	/** A choice of the plan select. */
	record Option(String value, String text) {
	}
}

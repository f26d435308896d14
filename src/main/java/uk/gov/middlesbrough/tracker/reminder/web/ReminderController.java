package uk.gov.middlesbrough.tracker.reminder.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.reminder.RecentDigests;
import uk.gov.middlesbrough.tracker.reminder.ReminderFrequency;
import uk.gov.middlesbrough.tracker.reminder.ReminderPreferences;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** A user's own reminders: how often (daily, weekly, never), where they go, and the last digests sent. */
@Controller
class ReminderController {

	private final ReminderPreferences preferences;
	private final RecentDigests digests;
	private final UserAccounts accounts;
	private final MessageSource messages;

	ReminderController(ReminderPreferences preferences, RecentDigests digests, UserAccounts accounts,
			MessageSource messages) {
		this.preferences = preferences;
		this.digests = digests;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account/reminders")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		ReminderForm form = new ReminderForm();
		form.setFrequency(preferences.of(user.id()));
		model.addAttribute("reminderForm", form);
		return page(user, model);
	}

	@PostMapping("/account/reminders")
	String choose(@Valid @ModelAttribute ReminderForm reminderForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		preferences.choose(user.id(), reminderForm.getFrequency());
		SuccessMessage.flash(redirect, "reminders.saved");
		return "redirect:/account/reminders";
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("email", accounts.get(user.id()).getEmail());
		model.addAttribute("frequencyOptions", Arrays.stream(ReminderFrequency.values())
				.map(frequency -> new Option(frequency.name(),
						messages.getMessage(frequency.messageKey(), null, LocaleContextHolder.getLocale())))
				.toList());
		model.addAttribute("digests", digests.of(user.id()));
		return "reminder/preferences";
	}
}

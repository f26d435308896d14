package uk.gov.middlesbrough.tracker.security.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.AccountProblem;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.UserAccount;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** "Your account": who you are, what your role allows, and changing your own email address and password. */
@Controller
class AccountController {

	private final UserAccounts accounts;
	private final UserChoices choices;

	AccountController(UserAccounts accounts, UserChoices choices) {
		this.accounts = accounts;
		this.choices = choices;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return page(user, model);
	}

	@PostMapping("/account/email")
	String changeEmail(@ModelAttribute EmailForm emailForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		try {
			accounts.changeOwnEmail(user, emailForm.getEmail());
			SuccessMessage.flash(redirect, "account.email.saved");
			return "redirect:/account";
		}
		catch (AccountProblem problem) {
			result.rejectValue(problem.field(), problem.code());
		}
		model.addAttribute("passwordForm", new PasswordForm());
		return page(user, model);
	}

	@PostMapping("/account/password")
	String changePassword(@ModelAttribute PasswordForm passwordForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpSession session, RedirectAttributes redirect) {
		if (passwordForm.getCurrentPassword() == null || passwordForm.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "account.password.currentRequired");
		}
		AccountRules.checkPassword("password", passwordForm.getPassword(), result);
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(user, passwordForm.getCurrentPassword(),
						passwordForm.getPassword(), session.getId());
				SuccessMessage.flash(redirect, "account.password.changed");
				return "redirect:/account";
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.code());
			}
		}
		passwordForm.setCurrentPassword(null);
		passwordForm.setPassword(null);
		return page(user, model);
	}

	private String page(SignedInUser user, Model model) {
		UserAccount account = accounts.get(user.id());
		model.addAttribute("account", UserView.of(account));
		if (!model.containsAttribute("emailForm")) {
			EmailForm emailForm = new EmailForm();
			emailForm.setEmail(account.getEmail());
			model.addAttribute("emailForm", emailForm);
		}
		model.addAttribute("localityName", choices.localityName(account.getLocalityId()));
		return "security/account";
	}
}

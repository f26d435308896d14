package uk.gov.middlesbrough.tracker.security.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.AccountProblem;
import uk.gov.middlesbrough.tracker.security.PasswordPolicy;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.UserAccount;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.security.UserForm;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** One user's page for the administrator: details and role, password reset, disable and enable. */
@Controller
class UserEditController {

	private static final String VIEW = "security/user-edit";

	private final UserAccounts accounts;
	private final UserChoices choices;
	private final PasswordPolicy passwordPolicy;

	UserEditController(UserAccounts accounts, UserChoices choices, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.choices = choices;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		UserAccount account = accounts.get(id);
		model.addAttribute("userForm", UserForm.of(account));
		model.addAttribute("passwordForm", new PasswordForm());
		return show(account, user, model);
	}

	@PostMapping("/admin/users/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute UserForm userForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		UserAccount account = accounts.get(id);
		AccountRules.checkLocality(userForm, result);
		if (!result.hasErrors()) {
			try {
				accounts.update(id, userForm, user);
				SuccessMessage.flash(redirect, "user.changed", account.getUsername());
				return "redirect:/admin/users/" + id;
			}
			catch (AccountProblem problem) {
				reject(result, problem);
				if ("user.changedMeanwhile".equals(problem.code())) {
					userForm.setVersion(accounts.get(id).getVersion());
				}
			}
		}
		userForm.setUsername(account.getUsername());
		model.addAttribute("passwordForm", new PasswordForm());
		return show(account, user, model);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute PasswordForm passwordForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpSession session, RedirectAttributes redirect) {
		UserAccount account = accounts.get(id);
		passwordPolicy.check("password", passwordForm.getPassword(), account.getUsername(), result);
		if (result.hasErrors()) {
			model.addAttribute("userForm", UserForm.of(account));
			passwordForm.setPassword(null);
			return show(account, user, model);
		}
		accounts.resetPassword(id, passwordForm.getPassword(), user, session.getId());
		SuccessMessage.flash(redirect, "user.passwordReset", account.getUsername());
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		UserAccount account = accounts.get(id);
		try {
			accounts.disable(id, user);
			SuccessMessage.flash(redirect, "user.disabled", account.getUsername());
		}
		catch (AccountProblem problem) {
			redirect.addFlashAttribute("problem", problem.code());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		UserAccount account = accounts.get(id);
		accounts.enable(id);
		SuccessMessage.flash(redirect, "user.enabled", account.getUsername());
		return "redirect:/admin/users/" + id;
	}

	private String show(UserAccount account, SignedInUser user, Model model) {
		model.addAttribute("account", UserView.of(account));
		model.addAttribute("isSelf", account.getId() == user.id());
		model.addAttribute("localityName", choices.localityName(account.getLocalityId()));
		choices.addTo(model);
		return VIEW;
	}

	private static void reject(BindingResult result, AccountProblem problem) {
		if (problem.field() == null) {
			result.reject(problem.code());
		}
		else {
			result.rejectValue(problem.field(), problem.code());
		}
	}
}

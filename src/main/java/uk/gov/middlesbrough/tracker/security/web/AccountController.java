package uk.gov.middlesbrough.tracker.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.AccountProblem;
import uk.gov.middlesbrough.tracker.security.PasswordPolicy;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.UserAccount;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactors;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * "Your account": who you are, what your role allows, and changing your own email address and password; and the
 * page a user is sent to until they replace a password an administrator set.
 */
@Controller
class AccountController {

	private static final String CHANGE_PASSWORD_VIEW = "security/change-password";

	private final UserAccounts accounts;
	private final UserChoices choices;
	private final PasswordPolicy passwordPolicy;
	private final SecondFactors secondFactors;
	private final SecondFactorRule secondFactorRule;
	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	AccountController(UserAccounts accounts, UserChoices choices, PasswordPolicy passwordPolicy,
			SecondFactors secondFactors, SecondFactorRule secondFactorRule) {
		this.accounts = accounts;
		this.choices = choices;
		this.passwordPolicy = passwordPolicy;
		this.secondFactors = secondFactors;
		this.secondFactorRule = secondFactorRule;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return page(user, model);
	}

	@GetMapping("/account/password")
	String changePasswordPage(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return CHANGE_PASSWORD_VIEW;
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
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (passwordForm.getCurrentPassword() == null || passwordForm.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "account.password.currentRequired");
		}
		passwordPolicy.check("password", passwordForm.getPassword(), user.getUsername(), result);
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(user, passwordForm.getCurrentPassword(),
						passwordForm.getPassword(), request.getSession().getId());
				SuccessMessage.flash(redirect, "account.password.changed");
				if (user.mustChangePassword()) {
					signedInWithOwnPassword(user, request, response);
					return "redirect:/";
				}
				return "redirect:/account";
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.code());
			}
		}
		passwordForm.setCurrentPassword(null);
		passwordForm.setPassword(null);
		return user.mustChangePassword() ? CHANGE_PASSWORD_VIEW : page(user, model);
	}

	/** The session's principal no longer needs to change its password (so pages stop sending it back here). */
	private void signedInWithOwnPassword(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withOwnPassword(), null,
				current.getAuthorities()));
		SecurityContextHolder.setContext(context);
		securityContexts.saveContext(context, request, response);
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
		model.addAttribute("secondFactorRequired", secondFactorRule.requiredFor(account.getRole()));
		model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(user.id()));
		return "security/account";
	}
}

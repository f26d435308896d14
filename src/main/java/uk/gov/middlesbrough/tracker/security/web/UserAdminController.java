package uk.gov.middlesbrough.tracker.security.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.AccountProblem;
import uk.gov.middlesbrough.tracker.security.PasswordPolicy;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.security.UserForm;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** The administrator's list of users and the add-a-user page. */
@Controller
class UserAdminController {

	private final UserAccounts accounts;
	private final UserChoices choices;
	private final PasswordPolicy passwordPolicy;

	UserAdminController(UserAccounts accounts, UserChoices choices, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.choices = choices;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		Map<String, String> localityNames = choices.localityOptions().stream()
				.collect(Collectors.toMap(Option::value, Option::text));
		model.addAttribute("users", accounts.all().stream().map(UserView::of).toList());
		model.addAttribute("localityNames", localityNames);
		return "security/users";
	}

	@GetMapping("/admin/users/new")
	String newForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		choices.addTo(model);
		return "security/user-new";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute UserForm userForm, BindingResult result, Model model, RedirectAttributes redirect) {
		AccountRules.checkUsername(userForm.getUsername(), result);
		AccountRules.checkLocality(userForm, result);
		passwordPolicy.check("password", userForm.getPassword(), userForm.getUsername(), result);
		if (!result.hasErrors()) {
			try {
				long id = accounts.create(userForm);
				SuccessMessage.flash(redirect, "user.created", userForm.getUsername().strip());
				return "redirect:/admin/users/" + id;
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.code());
			}
		}
		userForm.setPassword(null);
		choices.addTo(model);
		return "security/user-new";
	}
}

package uk.gov.middlesbrough.tracker.security.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.security.SignInOptions;
import uk.gov.middlesbrough.tracker.security.SignInThrottleSettings;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

@Controller
class SignInController {

	private final SignInThrottleSettings throttle;
	private final SignInOptions options;

	SignInController(SignInThrottleSettings throttle, SignInOptions options) {
		this.throttle = throttle;
		this.options = options;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String tooMany, @RequestParam(required = false) String expired,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		if (user != null) {
			return "redirect:/";
		}
		boolean failed = options.localPasswords() && (error != null || tooMany != null || expired != null);
		model.addAttribute("signInFailed", failed);
		// Both say the same whether or not the username exists.
		model.addAttribute("failureKey", tooMany != null ? "signIn.tooMany" : expired != null ? "signIn.expired" : "signIn.failed");
		model.addAttribute("waitMinutes", throttle.waitMinutes());
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("councilName", options.councilName().orElse(null));
		model.addAttribute("localPasswords", options.localPasswords());
		model.addAttribute("pageHasErrors", failed);
		return "security/sign-in";
	}
}

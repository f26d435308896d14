package uk.gov.middlesbrough.tracker.security.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.security.SignInThrottleSettings;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

@Controller
class SignInController {

	private final SignInThrottleSettings throttle;

	SignInController(SignInThrottleSettings throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String locked, @AuthenticationPrincipal SignedInUser user, Model model) {
		if (user != null) {
			return "redirect:/";
		}
		model.addAttribute("signInFailed", error != null || locked != null);
		model.addAttribute("failureKey", locked != null ? "signIn.locked" : "signIn.failed");
		model.addAttribute("lockoutMinutes", throttle.lockout().toMinutes());
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("pageHasErrors", error != null || locked != null);
		return "security/sign-in";
	}
}

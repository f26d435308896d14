package uk.gov.middlesbrough.tracker.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			Model model) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("signInFailed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("pageHasErrors", error != null);
		return "security/sign-in";
	}
}

package uk.gov.middlesbrough.tracker.security.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactors;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactors.PendingSetUp;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Setting up an authenticator app (at first sign-in where the role requires one, or from "Your account"), new
 * recovery codes, and an administrator's reset for someone who lost their phone.
 */
@Controller
class SecondFactorSetUpController {

	private static final String PENDING = SecondFactorSetUpController.class.getName() + ".pending";
	private static final String SET_UP_VIEW = "security/second-factor-set-up";
	private static final String RECOVERY_CODES_VIEW = "security/recovery-codes";

	private final SecondFactors secondFactors;
	private final ProvedSignIn provedSignIn;

	SecondFactorSetUpController(SecondFactors secondFactors, ProvedSignIn provedSignIn) {
		this.secondFactors = secondFactors;
		this.provedSignIn = provedSignIn;
	}

	@GetMapping(SecondFactorRule.SET_UP_PAGE)
	String setUpPage(@AuthenticationPrincipal SignedInUser user, Authentication authentication, HttpSession session,
			Model model) {
		if (mustProveCurrentAppFirst(user, authentication)) {
			return "redirect:" + SecondFactorRule.CODE_PAGE;
		}
		model.addAttribute("codeForm", new CodeForm());
		return setUpView(user, pending(session), model);
	}

	@PostMapping(SecondFactorRule.SET_UP_PAGE)
	String confirm(@ModelAttribute CodeForm codeForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Authentication authentication, HttpSession session, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (mustProveCurrentAppFirst(user, authentication)) {
			return "redirect:" + SecondFactorRule.CODE_PAGE;
		}
		PendingSetUp pending = pending(session);
		Optional<List<String>> recoveryCodes = secondFactors.confirm(user.id(), pending, codeForm.getCode());
		if (recoveryCodes.isEmpty()) {
			result.rejectValue("code", codeForm.getCode() == null || codeForm.getCode().isBlank()
					? "secondFactor.code.missing" : "secondFactor.setUp.wrong");
			codeForm.setCode(null);
			return setUpView(user, pending, model);
		}
		session.removeAttribute(PENDING);
		provedSignIn.complete(request, response, SignedInUser::withSecondFactorSetUp);
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		model.addAttribute("continueTo", provedSignIn.next(request, response));
		model.addAttribute("justSetUp", true);
		return RECOVERY_CODES_VIEW;
	}

	@PostMapping("/account/second-factor/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("recoveryCodes", secondFactors.newRecoveryCodes(user.id()));
		model.addAttribute("continueTo", "/account");
		model.addAttribute("justSetUp", false);
		return RECOVERY_CODES_VIEW;
	}

	@PostMapping("/admin/users/{id}/second-factor/reset")
	String reset(@PathVariable long id, RedirectAttributes redirect) {
		secondFactors.reset(id);
		SuccessMessage.flash(redirect, "secondFactor.reset.done");
		return "redirect:/admin/users/" + id;
	}

	/** Someone with an app already set up replaces it only after proving it (else a stolen password would do). */
	private static boolean mustProveCurrentAppFirst(SignedInUser user, Authentication authentication) {
		return user.secondFactorSetUp() && !SecondFactorRule.proved(authentication);
	}

	private PendingSetUp pending(HttpSession session) {
		if (!(session.getAttribute(PENDING) instanceof PendingSetUp pending)) {
			PendingSetUp fresh = secondFactors.begin();
			session.setAttribute(PENDING, fresh);
			return fresh;
		}
		return pending;
	}

	private String setUpView(SignedInUser user, PendingSetUp pending, Model model) {
		String secret = secondFactors.secretOf(pending);
		model.addAttribute("qrCode", QrCodeImage.dataAddress(secondFactors.appAddress(user.getUsername(), secret)));
		model.addAttribute("secretInGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
		return SET_UP_VIEW;
	}
}

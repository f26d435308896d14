package uk.gov.middlesbrough.tracker.security.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.gov.middlesbrough.tracker.security.SignInThrottle;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorSettings;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactors;

/** The second step of signing in: the code from the user's authenticator app, or one of their recovery codes. */
@Controller
class SecondFactorSignInController {

	private final SecondFactors secondFactors;
	private final SecondFactorRule rule;
	private final SecondFactorSettings settings;
	private final SignInThrottle throttle;
	private final ProvedSignIn provedSignIn;
	private final ApplicationEventPublisher events;

	SecondFactorSignInController(SecondFactors secondFactors, SecondFactorRule rule, SecondFactorSettings settings,
			SignInThrottle throttle, ProvedSignIn provedSignIn, ApplicationEventPublisher events) {
		this.events = events;
		this.secondFactors = secondFactors;
		this.rule = rule;
		this.settings = settings;
		this.throttle = throttle;
		this.provedSignIn = provedSignIn;
	}

	@GetMapping(SecondFactorRule.CODE_PAGE)
	String codePage(@AuthenticationPrincipal SignedInUser user, Authentication authentication, Model model) {
		String elsewhere = elsewhere(user, authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		model.addAttribute("codeForm", new CodeForm());
		return "security/second-factor-code";
	}

	@PostMapping(SecondFactorRule.CODE_PAGE)
	String checkCode(@ModelAttribute CodeForm codeForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		String elsewhere = elsewhere(user, authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		if (!throttle.tryCodeAttempt(user.getUsername(), settings.codeAttempts(), settings.codeRefill())) {
			result.rejectValue("code", "secondFactor.code.tooMany", new Object[] {waitMinutes()}, null);
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(authentication,
					new SecondFactorRefused.TooManySecondFactorCodes()));
		}
		else if (codeForm.getCode() == null || codeForm.getCode().isBlank()) {
			result.rejectValue("code", "secondFactor.code.missing");
		}
		else if (!secondFactors.check(user.id(), codeForm.getCode())) {
			result.rejectValue("code", "secondFactor.code.wrong");
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(authentication,
					new SecondFactorRefused.WrongSecondFactorCode()));
		}
		if (result.hasErrors()) {
			codeForm.setCode(null);
			return "security/second-factor-code";
		}
		throttle.codeSucceeded(user.getUsername(), settings.codeAttempts(), settings.codeRefill());
		provedSignIn.complete(request, response, UnaryOperator.identity());
		return "redirect:" + provedSignIn.next(request, response);
	}

	/** How long until one more attempt, in whole minutes rounded up. */
	private long waitMinutes() {
		long seconds = settings.codeRefill().dividedBy(settings.codeAttempts()).toSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}

	/** Where someone who should not be on the code page goes instead, or null. */
	private String elsewhere(SignedInUser user, Authentication authentication) {
		if (!rule.needed(user) || SecondFactorRule.proved(authentication)) {
			return "redirect:/";
		}
		return user.secondFactorSetUp() ? null : "redirect:" + SecondFactorRule.SET_UP_PAGE;
	}
}

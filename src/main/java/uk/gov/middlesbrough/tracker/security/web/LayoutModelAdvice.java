package uk.gov.middlesbrough.tracker.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.gov.middlesbrough.tracker.TrackerApplication;
import uk.gov.middlesbrough.tracker.security.Navigation;
import uk.gov.middlesbrough.tracker.security.NavigationItem;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;

/**
 * Puts the signed-in user and their navigation on every page's model, error pages included. The user is null on
 * pages anyone may open (sign-in, error pages before sign-in), and the navigation empty. Only the application's
 * pages and error pages: the health endpoints must answer without reading the session (and so the database).
 */
@ControllerAdvice(basePackageClasses = {TrackerApplication.class, BasicErrorController.class})
class LayoutModelAdvice {

	private final Navigation navigation;
	private final SecondFactorRule secondFactor;

	LayoutModelAdvice(Navigation navigation, SecondFactorRule secondFactor) {
		this.navigation = navigation;
		this.secondFactor = secondFactor;
	}

	/** Null until the sign-in is complete: a sign-in still owing its second factor sees no header, menu or search. */
	@ModelAttribute("currentUser")
	SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user, Authentication authentication) {
		boolean owesSecondFactor = secondFactor.needed(authentication) && !SecondFactorRule.proved(authentication);
		return owesSecondFactor ? null : user;
	}

	/**
	 * Creates the CSRF token (and so the session or, before sign-in, the cookie that keeps it) before the page
	 * renders: a token first asked for by a form late in a long page would need one after the response is committed.
	 */
	@ModelAttribute
	void loadCsrfToken(HttpServletRequest request) {
		Object token = request.getAttribute(CsrfToken.class.getName());
		if (token instanceof CsrfToken csrf) {
			csrf.getToken();
		}
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user, Authentication authentication,
			HttpServletRequest request) {
		return currentUser(user, authentication) == null ? List.of() : navigation.forUser(user, request.getRequestURI());
	}
}

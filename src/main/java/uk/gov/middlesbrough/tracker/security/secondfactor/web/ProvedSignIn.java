package uk.gov.middlesbrough.tracker.security.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.UnaryOperator;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;

/**
 * Completes a sign-in once the second factor is proved: the session's authentication gains the factor (and the
 * principal any change), the session gets a new id (as at the password step, against fixation), and the user goes on
 * to the page they first asked for.
 */
@Component
class ProvedSignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final RequestCache requestCache;

	ProvedSignIn(RequestCache requestCache) {
		this.requestCache = requestCache;
	}

	void complete(HttpServletRequest request, HttpServletResponse response, UnaryOperator<SignedInUser> principal) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Authentication proved = current.toBuilder()
			.principal(principal.apply((SignedInUser) current.getPrincipal()))
			.authorities(authorities -> {
				if (!SecondFactorRule.proved(current)) {
					authorities.add(SecondFactorRule.secondFactor());
				}
			})
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(proved);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
	}

	/** Where to go next: the page asked for before signing in (forgotten once read), or home. */
	String next(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return saved == null ? "/" : saved.getRedirectUrl();
	}
}

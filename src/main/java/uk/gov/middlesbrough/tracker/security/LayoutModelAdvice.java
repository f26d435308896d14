package uk.gov.middlesbrough.tracker.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and their navigation on every page's model, error pages included. */
@ControllerAdvice
class LayoutModelAdvice {

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		return CurrentUser.get()
				.map(user -> Navigation.forUser(user, request.getRequestURI()))
				.orElse(List.of());
	}
}

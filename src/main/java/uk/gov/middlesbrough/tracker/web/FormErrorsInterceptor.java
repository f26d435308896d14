package uk.gov.middlesbrough.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Sets {@code pageHasErrors} when any form on the page failed validation, so the layout can prefix the
 * page title with "Error: " as the GOV.UK pattern asks, without each page working it out.
 */
class FormErrorsInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || isRedirect(modelAndView)) {
			return;
		}
		boolean hasErrors = modelAndView.getModel().values().stream()
				.anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
		modelAndView.getModel().merge("pageHasErrors", hasErrors, (set, found) -> Boolean.TRUE.equals(set) || Boolean.TRUE.equals(found));
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() instanceof RedirectView;
	}
}

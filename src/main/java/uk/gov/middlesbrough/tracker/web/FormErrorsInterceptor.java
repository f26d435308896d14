package uk.gov.middlesbrough.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Prepares form errors for the GOV.UK patterns, so no page has to: sets {@code pageHasErrors} (the layout
 * prefixes the title with "Error: ") and puts each form's field errors in the order the form declares its
 * fields, so the error summary reads in the same order as the page.
 */
class FormErrorsInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || isRedirect(modelAndView)) {
			return;
		}
		Map<String, Object> model = modelAndView.getModel();
		boolean hasErrors = false;
		for (Map.Entry<String, Object> entry : model.entrySet()) {
			if (entry.getValue() instanceof BindingResult result && result.hasErrors()) {
				hasErrors = true;
				if (result.getTarget() != null) {
					entry.setValue(inFieldOrder(result));
				}
			}
		}
		boolean found = hasErrors;
		model.merge("pageHasErrors", found, (set, ignored) -> Boolean.TRUE.equals(set) || found);
	}

	static BindingResult inFieldOrder(BindingResult result) {
		List<String> order = Arrays.stream(result.getTarget().getClass().getDeclaredFields()).map(Field::getName).toList();
		BeanPropertyBindingResult sorted = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		result.getGlobalErrors().forEach(sorted::addError);
		result.getFieldErrors().stream()
				.sorted(Comparator.comparingInt((FieldError error) -> position(order, error.getField())))
				.forEach(sorted::addError);
		return sorted;
	}

	private static int position(List<String> order, String field) {
		String root = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		int index = order.indexOf(root);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() instanceof RedirectView;
	}
}

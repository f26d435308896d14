package uk.gov.middlesbrough.tracker.web;

/**
 * A Thymeleaf fragment named by its template and selector, for pages that show fragments contributed by other
 * modules: {@code th:replace="~{${f.template()} :: ${f.selector()}}"}.
 */
public record TemplateFragment(String template, String selector) {

	/** {@code "plan/sections :: dashboard"} as a fragment. */
	public static TemplateFragment of(String expression) {
		int split = expression.indexOf("::");
		if (split < 0) {
			throw new IllegalArgumentException("Not a fragment (template :: selector): " + expression);
		}
		return new TemplateFragment(expression.substring(0, split).strip(), expression.substring(split + 2).strip());
	}
}

package uk.gov.middlesbrough.tracker.support;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles without Spring, for unit tests of wording. */
public final class Messages {

	private Messages() {
	}

	public static MessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "messages-escalation", "messages-caseload", "messages-indicator", "messages-survey",
				"messages-scrutiny");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}

package uk.gov.middlesbrough.tracker.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification banner shown after a redirect: a message key and its arguments. */
public record SuccessMessage(String key, Object[] args) implements java.io.Serializable {

	public static void flash(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("success", new SuccessMessage(key, args));
	}

	/** A link shown in the banner below the message, such as to the figures just saved. */
	public static void flashLink(RedirectAttributes redirect, String href, String key, Object... args) {
		redirect.addFlashAttribute("successLink", new Link(href, new SuccessMessage(key, args)));
	}

	/** A link in the banner: where it goes and its words. */
	public record Link(String href, SuccessMessage text) implements java.io.Serializable {
	}
}

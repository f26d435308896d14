package uk.gov.middlesbrough.tracker.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification banner shown after a redirect: a message key and its arguments. */
public record SuccessMessage(String key, Object[] args) implements java.io.Serializable {

	public static void flash(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("success", new SuccessMessage(key, args));
	}
}

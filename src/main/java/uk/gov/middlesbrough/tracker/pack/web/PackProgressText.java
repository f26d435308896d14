package uk.gov.middlesbrough.tracker.pack.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.pack.PackView;

/**
 * The sentence that says where a pack's production is ("Step 3 of 8: reading the figures"), the same on the meeting
 * page ({@code @packProgressText.of(pack)}) and in the progress the page polls.
 */
@Component
public class PackProgressText {

	private final MessageSource messages;

	PackProgressText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(PackView pack) {
		return switch (pack.production()) {
			case PRODUCING -> text("pack.production.step", Math.min(pack.step() + 1, pack.steps()), pack.steps(),
					text("pack.production.stage." + (pack.stage() == null ? "READING" : pack.stage())));
			default -> text(pack.production().messageKey());
		};
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}

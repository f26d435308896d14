package uk.gov.middlesbrough.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Messages and dates in UK English whatever the request, for text that is stored or goes into a pack (which is
 * produced without a request to take a locale from), such as why an item is on the DIG list.
 */
public final class UkText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** "November 2026". */
	public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final MessageSource messages;

	public UkText(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	/** "3 November 2026". */
	public static String day(LocalDate date) {
		return DAY.format(date);
	}
}

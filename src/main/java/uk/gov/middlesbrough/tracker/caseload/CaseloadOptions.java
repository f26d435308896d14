package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.web.Option;

/** The roles as choices for a select, in words. */
@Component
public class CaseloadOptions {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final MessageSource messages;

	CaseloadOptions(MessageSource messages) {
		this.messages = messages;
	}

	public List<Option> roles() {
		return Arrays.stream(CaseloadRole.values()).map(role -> new Option(role.name(), roleName(role))).toList();
	}

	public String roleName(CaseloadRole role) {
		return messages.getMessage(role.messageKey(), null, LocaleContextHolder.getLocale());
	}

	/** A date as pages write it: 22 November 2021. */
	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** A date as tables write it: 22 Nov 2021. */
	public static String shortDay(LocalDate date) {
		return SHORT_DAY.format(date);
	}

	public String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}

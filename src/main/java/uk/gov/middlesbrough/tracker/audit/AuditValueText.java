package uk.gov.middlesbrough.tracker.audit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * A stored value in words: dates as "17 January 2022", moments in UK time, yes or no, percentages, choices by their
 * names and references by the name of the record they refer to. The trail stores values as text
 * ({@link AuditValues}), so a value that does not parse as its field says it should is shown as stored.
 */
final class AuditValueText {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	private final MessageSource messages;
	private final RecordNames kinds;
	private final RecordNames.Known names;

	AuditValueText(MessageSource messages, RecordNames kinds, RecordNames.Known names) {
		this.messages = messages;
		this.kinds = kinds;
		this.names = names;
	}

	/** The value in words, or null for none. */
	String text(String value, AuditedField how) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		switch (how.format()) {
			case PERCENT:
				return percent(value);
			case CHOICE:
				return messages.getMessage(String.format(how.argument(), value), null, asStored(value), Locale.UK);
			case REFERENCE:
				return reference(value, how.argument());
			default:
				return asStored(value);
		}
	}

	RecordName name(String recordType, Long id) {
		return names.name(recordType, id);
	}

	/** A record's name in words: its message with dates in words. */
	String named(RecordName name) {
		Object[] args = name.arguments().stream()
				.map(arg -> arg instanceof LocalDate date ? UkText.day(date) : arg)
				.toArray();
		return messages.getMessage(name.messageKey(), args, Locale.UK);
	}

	/** "17 January 2022 at 3:45pm", UK time. */
	String moment(Instant instant) {
		ZonedDateTime at = instant.atZone(AuditQueries.UK);
		return messages.getMessage("audit.when", new Object[] { UkText.day(at.toLocalDate()),
				TIME.format(at).toLowerCase(Locale.UK) }, Locale.UK);
	}

	private String reference(String value, String recordType) {
		Long id = value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
		RecordName name = names.name(recordType, id);
		if (name != null) {
			return named(name);
		}
		AuditedRecords kind = kinds.kind(recordType);
		String kindText = kind == null ? inWords(recordType) : messages.getMessage(kind.kindKey(), null, Locale.UK);
		return messages.getMessage("audit.record.unnamed", new Object[] { kindText, value }, Locale.UK);
	}

	private String percent(String value) {
		try {
			return new BigDecimal(value).stripTrailingZeros().toPlainString() + "%";
		}
		catch (NumberFormatException notANumber) {
			return value;
		}
	}

	private String asStored(String value) {
		try {
			if (DATE.matcher(value).matches()) {
				return UkText.day(LocalDate.parse(value));
			}
			if (INSTANT.matcher(value).matches()) {
				return moment(Instant.parse(value));
			}
		}
		catch (DateTimeException notADate) {
			return value;
		}
		if (value.equals("true") || value.equals("false")) {
			return messages.getMessage("audit.value." + value, null, Locale.UK);
		}
		if (CONSTANT.matcher(value).matches()) {
			return inWords(value);
		}
		return value;
	}

	/** "completionPercent" and "COMPLETION_PERCENT" as "Completion percent"; "leadUserId" as "Lead user". */
	static String inWords(String name) {
		String spaced = name.contains("_") || name.equals(name.toUpperCase(Locale.ROOT))
				? name.replace('_', ' ').toLowerCase(Locale.ROOT)
				: name.replaceAll("Id$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}

package uk.gov.middlesbrough.tracker.escalation;

import java.util.Locale;

/**
 * Why something is on the DIG list, contributed by the feature that derives it ({@link EscalationSource#kinds()}).
 * The name is stored with each "raised at DIG" mark and starts every key of the kind's items, so it never changes;
 * the order places the kind in the list and its counts; the tag class colours its name (the name always shows:
 * colour only supports it). Messages: {@code escalation.kind.<name>} and {@code escalation.kinds.<name>} (plural).
 */
public record EscalationKind(String name, int order, String tagClass) {

	public EscalationKind {
		if (!name.matches("[A-Z][A-Z_]{1,19}")) {
			throw new IllegalArgumentException("An escalation kind's name is 2-20 capitals and underscores: " + name);
		}
	}

	public String messageKey() {
		return "escalation.kind." + name;
	}

	/** The kind's name in the plural, for counts ("Red actions"). */
	public String pluralMessageKey() {
		return "escalation.kinds." + name;
	}

	/**
	 * The key naming one item's cause: the kind's name and the parts (ids, a post's role and label) that stay the same
	 * while the cause persists whatever the figures, so a mark made against it follows the item.
	 */
	public String key(Object... parts) {
		StringBuilder key = new StringBuilder(name);
		for (Object part : parts) {
			key.append(':').append(part);
		}
		return key.toString();
	}

	/** Whether a value from a query string names this kind (any case, surrounding spaces ignored). */
	boolean named(String value) {
		return name.equals(value.strip().toUpperCase(Locale.ROOT));
	}
}

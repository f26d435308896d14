package uk.gov.middlesbrough.tracker.audit;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How field values are written into the audit trail: readable text, secrets masked. */
final class AuditValues {

	static final String MASK = "(changed)";

	private AuditValues() {
	}

	/** Passwords and other secrets are never copied into the trail, only the fact that they changed. */
	static boolean isSecret(String field) {
		String lower = field.toLowerCase(Locale.ROOT);
		return lower.contains("password") || lower.contains("secret") || lower.contains("token");
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).collect(Collectors.joining("; "));
		}
		if (value.getClass().isArray() && !(value instanceof byte[])) {
			return IntStream.range(0, Array.getLength(value))
					.mapToObj(i -> String.valueOf(Array.get(value, i)))
					.collect(Collectors.joining("; "));
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

	static boolean same(Object before, Object after) {
		return Objects.equals(text(before), text(after));
	}
}

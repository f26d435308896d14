package uk.gov.middlesbrough.tracker.indicator.web;

import java.math.BigDecimal;
import java.util.Optional;

/** Reading a figure typed in a form: "5,700", "7.54%" and "£1,250" are all numbers. */
final class Figures {

	private Figures() {
	}

	static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String plain = text.strip().replace(",", "");
		if (plain.endsWith("%")) {
			plain = plain.substring(0, plain.length() - 1).strip();
		}
		if (plain.startsWith("£")) {
			plain = plain.substring(1).strip();
		}
		try {
			return Optional.of(new BigDecimal(plain));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** A plain form of a figure for an input box: 35, 7.54, 1250.5. */
	static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}
}

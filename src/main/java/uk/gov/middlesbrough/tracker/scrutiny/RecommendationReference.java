package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recommendation's reference as the panel's report gives it: a letter (a to z, then aa to zz for a long report)
 * and, for a sub-part, a roman numeral from i to x, written {@code g(ii)}. Typed forms such as "G (ii)", "g)" or
 * "a) (i)" are accepted and written the one way. Sorted by letter, then sub-part, so g(ix) comes after g(v).
 */
public record RecommendationReference(String letters, int part) {

	private static final List<String> NUMERALS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
	private static final Pattern TYPED = Pattern.compile("([a-z]{1,2})\\)?(?:\\(([ivx]+)\\))?");

	public RecommendationReference {
		if (letters == null || !letters.matches("[a-z]{1,2}") || part < 0 || part > NUMERALS.size()) {
			throw new IllegalArgumentException("Not a recommendation reference: " + letters + " " + part);
		}
	}

	/** The reference typed by a user or stored in the database, if it is one. */
	public static Optional<RecommendationReference> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		Matcher matcher = TYPED.matcher(typed.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int part = matcher.group(2) == null ? 0 : NUMERALS.indexOf(matcher.group(2)) + 1;
		if (part == 0 && matcher.group(2) != null) {
			return Optional.empty();
		}
		return Optional.of(new RecommendationReference(matcher.group(1), part));
	}

	/** a = 1 ... z = 26, aa = 27 ... zz = 702; times 100, plus the sub-part. */
	public int sortKey() {
		int number = 0;
		for (char letter : letters.toCharArray()) {
			number = number * 26 + (letter - 'a' + 1);
		}
		return number * 100 + part;
	}

	@Override
	public String toString() {
		return part == 0 ? letters : letters + "(" + NUMERALS.get(part - 1) + ")";
	}
}

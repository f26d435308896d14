package uk.gov.middlesbrough.tracker.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A practitioner post's label, such as "Senior Practitioner 1" or "Social Worker 2". The service holds post
 * titles only, never a person's name. No rule can tell every name from a post title, so the label must read
 * as a post: letters, numbers and simple punctuation, at most {@value #MAX_LENGTH} characters, and at least
 * one word of a post title (practitioner, worker, officer, …, or an abbreviation such as SW or EHP). That
 * refuses "Jane Smith" or a number alone; the form's hint asks for no names either.
 */
public final class PostLabel {

	static final int MAX_LENGTH = 60;

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} \\-()/&.',]+");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final Set<String> POST_WORDS = Set.of("practitioner", "practitioners", "worker", "workers", "social",
			"senior", "officer", "manager", "assistant", "lead", "post", "team", "agency", "locality", "consultant",
			"vacancy", "vacant", "qualified", "advanced", "apprentice", "trainee", "student", "caseworker", "coordinator",
			"co-ordinator", "support", "help", "early", "keyworker", "principal", "deputy", "specialist", "locum",
			"interim", "temporary", "cover", "sw", "asw", "nqsw", "asye", "eh", "ehp", "sp", "fsw");

	private PostLabel() {
	}

	/** The message key of what is wrong with a label, or empty if it reads as a post title. */
	public static Optional<String> problem(String label) {
		if (label == null || label.isBlank()) {
			return Optional.of("caseload.postLabel.required");
		}
		String text = label.strip();
		if (text.length() > MAX_LENGTH) {
			return Optional.of("caseload.postLabel.tooLong");
		}
		if (!ALLOWED.matcher(text).matches()) {
			return Optional.of("caseload.postLabel.characters");
		}
		if (!LETTER.matcher(text).find()) {
			return Optional.of("caseload.postLabel.numberOnly");
		}
		boolean readsAsPost = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+"))
				.anyMatch(word -> POST_WORDS.contains(word) || POST_WORDS.contains(word.replace("-", "")));
		return readsAsPost ? Optional.empty() : Optional.of("caseload.postLabel.notAPost");
	}

	/** Labels are the same post whatever their case or surrounding spaces. */
	static String key(String label) {
		return label.strip().toLowerCase(Locale.ROOT);
	}
}

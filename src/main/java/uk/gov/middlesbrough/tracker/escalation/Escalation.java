package uk.gov.middlesbrough.tracker.escalation;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One item on the DIG list as derived at a moment: its kind, its locality, a key naming its cause (stable while
 * the cause persists, so a "raised at DIG" mark stays with it), what it is about, why it is listed, and the
 * path of the page it comes from. Why it is listed is worded when asked for ({@code why}): a county's list runs to
 * thousands of items and a page shows a hundred of them.
 */
public record Escalation(String key, EscalationKind kind, long localityId, String localityName, String subject,
		Supplier<String> why, String link) {

	public Escalation(String key, EscalationKind kind, long localityId, String localityName, String subject, String reason,
			String link) {
		this(key, kind, localityId, localityName, subject, () -> reason, link);
	}

	/** Why the item is listed, in words. */
	public String reason() {
		return why.get();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Escalation that && key.equals(that.key) && kind.equals(that.kind) && localityId == that.localityId
				&& Objects.equals(localityName, that.localityName) && Objects.equals(subject, that.subject)
				&& Objects.equals(reason(), that.reason()) && Objects.equals(link, that.link);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, kind, localityId, subject, link);
	}

	private static final int SHORT_SUBJECT = 90;

	/** The subject cut at a word to about 90 characters, for tables; exports keep it whole. */
	public String shortSubject() {
		return shorten(subject);
	}

	static String shorten(String text) {
		if (text.length() <= SHORT_SUBJECT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SHORT_SUBJECT);
		return text.substring(0, cut > 0 ? cut : SHORT_SUBJECT).stripTrailing() + "…";
	}

	/** An id for the page, made of the key's letters and digits. */
	public String anchor() {
		return "escalation-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
	}
}

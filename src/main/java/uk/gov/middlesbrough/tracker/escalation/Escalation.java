package uk.gov.middlesbrough.tracker.escalation;

import java.util.Locale;

/**
 * One item on the DIG list as derived at a moment: its kind, its locality, a key naming its cause (stable while
 * the cause persists, so a "raised at DIG" mark stays with it), what it is about, why it is listed, and the
 * path of the page it comes from.
 */
public record Escalation(String key, EscalationKind kind, long localityId, String localityName, String subject,
		String reason, String link) {

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

package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;

/**
 * One recommendation in the tracker: the panel's words, the executive's response, its status and flags, and the
 * panel's agreement it was closed with (null while open, or closed before agreements were recorded);
 * {@code illustrative} when the demo data invented its status, its progress updates and the day numbers of dates the
 * paper gives as a month.
 */
public record TrackerRow(long id, long reviewId, String reference, String text, ExecutiveResponse response,
		RecommendationStatus status, List<Flag> flags, LatestProgress latestProgress, boolean illustrative,
		PanelAgreement closure) {

	public TrackerRow(long id, long reviewId, String reference, String text, ExecutiveResponse response,
			RecommendationStatus status, List<Flag> flags) {
		this(id, reviewId, reference, text, response, status, flags, null, false, null);
	}

	/** The latest progress update recorded by the moment: its own date and what it says (null when none). */
	public record LatestProgress(java.time.LocalDate on, String note) {
	}

	private static final int SHORT_TEXT = 140;

	/** The text cut at a word near 140 characters, with an ellipsis, for the tracker table. */
	public String shortText() {
		return shorten(text);
	}

	/** A recommendation's text cut at a word near 140 characters, with an ellipsis. */
	static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= SHORT_TEXT) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', SHORT_TEXT);
		return flat.substring(0, cut > 0 ? cut : SHORT_TEXT).replaceAll("[,;:.]$", "") + "…";
	}

	public boolean flagged() {
		return !flags.isEmpty();
	}

	public boolean has(ScrutinyFlag kind) {
		return flags.stream().anyMatch(flag -> flag.kind() == kind);
	}
}

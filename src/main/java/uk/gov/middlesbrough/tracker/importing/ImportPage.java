package uk.gov.middlesbrough.tracker.importing;

import java.util.List;

/**
 * What an import's page says around the shared parts (problems, report, preview, upload form, recent imports), as
 * message keys with their arguments: {@code importing/import.html} is the one page of every import.
 *
 * @param captionKey the caption above the heading, or null
 * @param titleKey the page's title and heading
 * @param intro the paragraphs above the upload form
 * @param back the link at the foot of the page, or null
 */
public record ImportPage(String captionKey, String titleKey, List<Text> intro, Link back) {

	/** A paragraph (with an id where tests or links need one) in the words of a message. */
	public record Text(String id, String key, Object... args) {

		public static Text of(String key, Object... args) {
			return new Text(null, key, args);
		}
	}

	/** A link in the words of a message. */
	public record Link(String href, String key, Object... args) {
	}

	/**
	 * A list shown above the preview table.
	 *
	 * @param id the list's id
	 * @param headingKey its heading
	 * @param introKey the sentence before it
	 * @param items its items
	 */
	public record Note(String id, String headingKey, String introKey, List<Text> items) {
	}
}

package uk.gov.middlesbrough.tracker.pack;

import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * A column of the table on a pack's first page, one row a locality: its heading's message key and the fragment that
 * fills a locality's cell (a {@code td}, given {@code part} and {@code locality}).
 */
public record PackSummaryColumn(String headingKey, TemplateFragment cell) {

	public static PackSummaryColumn of(String headingKey, String cellFragment) {
		return new PackSummaryColumn(headingKey, TemplateFragment.of(cellFragment));
	}
}

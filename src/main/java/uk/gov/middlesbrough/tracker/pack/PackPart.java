package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * What a {@link PackSection} shows in a pack. The PDF template (DejaVu Sans, PDF/UA tags) includes each fragment with
 * the variables {@code part} (this) and {@code asOf}; the locality fragment also gets {@code locality} (a
 * {@code LocalityView}), the comparison fragment {@code localities} (in column order). Charts go in as SVG text
 * with a table of their figures beside them.
 */
public interface PackPart {

	/** Whether the part carries figures not yet signed off: the pack then says so on its cover and every page. */
	default boolean provisional() {
		return false;
	}

	/** What the part shows in each locality's chapter, or null. */
	default TemplateFragment pdfLocality() {
		return null;
	}

	/** What the part shows in the chapter comparing the localities (when there are two or more), or null. */
	default TemplateFragment pdfComparison() {
		return null;
	}

	/** A chapter of its own after the localities' (such as the scrutiny recommendations), or null. */
	default TemplateFragment pdfChapter() {
		return null;
	}

	/** The message key of that chapter's title, for the contents; null when there is no chapter. */
	default String chapterTitleKey() {
		return null;
	}

	/** The part's columns in the summary table on the pack's first page (one row a locality), in order. */
	default List<PackSummaryColumn> summaryColumns() {
		return List.of();
	}

	/**
	 * What the part says on the pack's first page below the summary table, for what is not a locality's (such as
	 * the recommendations flagged), or null.
	 */
	default TemplateFragment summaryNote() {
		return null;
	}

	/** The part's tables, for the ZIP as CSV and XLSX: the same figures the PDF shows. */
	default List<ExportTable> tables() {
		return List.of();
	}
}

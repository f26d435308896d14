package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import java.util.Objects;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Everything a pack shows, as of its date: the meeting's localities and every contributed part, in order. */
public record PackContent(MeetingView meeting, AsOf asOf, List<LocalityView> localities, List<PackPart> parts, PackStamp stamp) {

	/** The same content stamped otherwise (issued instead of draft). */
	public PackContent stamped(PackStamp other) {
		return new PackContent(meeting, asOf, localities, parts, other);
	}

	/** Whether any part carries figures not yet signed off (the pack is watermarked "Provisional figures"). */
	public boolean provisional() {
		return parts.stream().anyMatch(PackPart::provisional);
	}

	/** The parts that have a chapter of their own, for the contents and the chapters after the localities'. */
	public List<PackPart> chapters() {
		return parts.stream().filter(part -> Objects.nonNull(part.pdfChapter())).toList();
	}

	/** Every part's columns of the summary table, in the parts' order. */
	public List<Column> summaryColumns() {
		return parts.stream().flatMap(part -> part.summaryColumns().stream().map(column -> new Column(part, column))).toList();
	}

	/** The parts with a note on the first page. */
	public List<PackPart> summaryNotes() {
		return parts.stream().filter(part -> Objects.nonNull(part.summaryNote())).toList();
	}

	/** A column of the summary table with the part that fills it. */
	public record Column(PackPart part, PackSummaryColumn column) {
	}

	/** Every part's tables, in the parts' order, for the ZIP: the same figures the PDF shows. */
	List<ExportTable> tables() {
		return parts.stream().flatMap(part -> part.tables().stream()).toList();
	}
}

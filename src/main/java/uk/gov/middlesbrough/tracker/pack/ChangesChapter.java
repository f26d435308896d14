package uk.gov.middlesbrough.tracker.pack;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * The pack's optional chapter "Changes since the last pack": what changed between the panel's last issued pack and
 * this one, group by group, or that no pack had been issued for the panel before.
 */
public record ChangesChapter(Optional<PackChanges.ChangesSincePack> changes, UkText uk) implements PackPart {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(AsOf.UK);

	@Override
	public TemplateFragment pdfChapter() {
		return TemplateFragment.of("pack/changes :: pdf");
	}

	@Override
	public String chapterTitleKey() {
		return "changes.chapter";
	}

	@Override
	public List<ExportTable> tables() {
		ExportTable table = new ExportTable("Changes since the last pack", List.of(uk.text("changes.col.kind"),
				uk.text("export.locality"), uk.text("changes.col.what"), uk.text("changes.col.before"),
				uk.text("changes.col.after"), uk.text("changes.col.who"), uk.text("changes.col.when")));
		changes.ifPresent(since -> since.groups().forEach(group -> group.changes().forEach(change -> table.row(
				uk.text(group.headingKey()), change.locality(), change.subject(), change.before(), change.after(), change.who(),
				change.when() == null ? null : WHEN.format(change.when())))));
		return List.of(table);
	}
}

package uk.gov.middlesbrough.tracker.importing;

import java.util.List;

/** One row of an import's preview: what it would do, its cells as shown, and the figure it would replace. */
public record PreviewRow(int row, ChangeKind change, List<String> cells, String previous) {
}

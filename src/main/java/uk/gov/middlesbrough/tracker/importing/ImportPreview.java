package uk.gov.middlesbrough.tracker.importing;

import java.util.List;

/** What a staged import would change, shown before the user confirms it. */
public record ImportPreview(long batchId, String fileName, List<String> columnKeys, List<PreviewRow> rows) {

	/** Whether the rows came from a workbook's sheets (the preview then shows each row's sheet). */
	public boolean fromSheets() {
		return rows.stream().anyMatch(row -> row.sheet() != null);
	}

	public ImportCounts counts() {
		int added = 0;
		int corrected = 0;
		int unchanged = 0;
		for (PreviewRow row : rows) {
			switch (row.change()) {
				case NEW:
					added++;
					break;
				case CORRECTED:
					corrected++;
					break;
				default:
					unchanged++;
			}
		}
		return new ImportCounts(added, corrected, unchanged);
	}
}

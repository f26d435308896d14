package uk.gov.middlesbrough.tracker.importing;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an {@link ImportKind} is, as its pages and the flow need it.
 *
 * @param code the batch kind stored with each upload (such as {@code MEASUREMENTS})
 * @param path the page's path; the preview, confirm and template routes hang off it ({@code /indicators/import})
 * @param requiredColumns the columns every file must have
 * @param optionalColumns the columns a file may have
 * @param ruleKeys the rules shown beside the upload form (message keys)
 * @param previewColumnKeys the preview table's column headings (message keys), in the order of each row's cells
 * @param changedMeanwhileKey the message shown when someone saved one of the same figures at the same moment
 * @param templateFileName the downloadable template's file name
 * @param templateRows the template's example rows (CSV lines) below its header
 */
public record ImportSpec(String code, String path, List<String> requiredColumns, List<String> optionalColumns,
		List<String> ruleKeys, List<String> previewColumnKeys, String changedMeanwhileKey, String templateFileName, List<String> templateRows) {

	/** The downloadable template: a header naming every column, then the example rows (CRLF, as a spreadsheet saves). */
	public String templateCsv() {
		return templateCsv(templateRows);
	}

	/** The template with these example rows. */
	public String templateCsv(List<String> rows) {
		String header = Stream.concat(requiredColumns.stream(), optionalColumns.stream()).collect(Collectors.joining(","));
		return Stream.concat(Stream.of(header), rows.stream()).map(line -> line + "\r\n").collect(Collectors.joining());
	}

	/** One CSV line of these cells, quoted where a cell needs it (a null cell is empty). */
	public static String csvLine(Object... cells) {
		return CSVFormat.DEFAULT.format(Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toArray());
	}
}

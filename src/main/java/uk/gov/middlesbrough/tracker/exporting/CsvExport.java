package uk.gov.middlesbrough.tracker.exporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a table as CSV (UTF-8 with a byte-order mark so spreadsheet programs read it as UTF-8). */
public final class CsvExport {

	private CsvExport() {
	}

	public static byte[] write(ExportTable table) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.headings().toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<Object> row : table.rows()) {
				List<Object> cells = new ArrayList<>(row.size());
				for (Object cell : row) {
					cells.add(text(cell));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (ExportTable.isNumber(cell)) {
			return ExportTable.decimal(cell).stripTrailingZeros().toPlainString();
		}
		if (ExportTable.isDate(cell) || cell instanceof Boolean) {
			return cell.toString();
		}
		return FormulaGuard.neutralise(cell.toString());
	}
}

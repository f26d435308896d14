package uk.gov.middlesbrough.tracker.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as an XLSX workbook with fastexcel: a bold header row, frozen below it, numbers as number
 * cells, dates as date cells (shown as yyyy-mm-dd), text neutralised against formula injection.
 */
public final class XlsxExport {

	private static final int MAX_SHEET_NAME = 31;

	private XlsxExport() {
	}

	public static byte[] write(ExportTable table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Locality Working Tracker", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
			List<String> headings = table.headings();
			for (int c = 0; c < headings.size(); c++) {
				sheet.value(0, c, headings.get(c));
				sheet.style(0, c).bold().set();
			}
			sheet.freezePane(0, 1);
			int r = 1;
			for (List<Object> row : table.rows()) {
				for (int c = 0; c < row.size(); c++) {
					write(sheet, r, c, row.get(c));
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Worksheet sheet, int r, int c, Object cell) {
		if (cell == null) {
			return;
		}
		if (ExportTable.isNumber(cell)) {
			sheet.value(r, c, ExportTable.decimal(cell));
		}
		else if (ExportTable.isDate(cell)) {
			sheet.value(r, c, (LocalDate) cell);
			sheet.style(r, c).format("yyyy-mm-dd").set();
		}
		else if (cell instanceof Boolean flag) {
			sheet.value(r, c, flag);
		}
		else {
			sheet.value(r, c, FormulaGuard.neutralise(cell.toString()));
		}
	}

	/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
	static String sheetName(String name) {
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		if (cleaned.isEmpty()) {
			cleaned = "Table";
		}
		return cleaned.length() > MAX_SHEET_NAME ? cleaned.substring(0, MAX_SHEET_NAME) : cleaned;
	}
}

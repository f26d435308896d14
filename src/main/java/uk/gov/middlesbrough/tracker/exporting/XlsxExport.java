package uk.gov.middlesbrough.tracker.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
		return write(List.of(table));
	}

	/** Several tables as one workbook, a sheet each, named by {@link #sheetNames} from the tables' names, in order. */
	public static byte[] write(List<ExportTable> tables) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Locality Working Tracker", "1.0");
			List<String> names = sheetNames(tables.stream().map(ExportTable::name).toList());
			for (int t = 0; t < tables.size(); t++) {
				write(workbook.newWorksheet(names.get(t)), tables.get(t));
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Worksheet sheet, ExportTable table) {
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
	}

	/**
	 * The sheet names a workbook of tables with these names gets, in order: each name as {@link #sheetName} makes it,
	 * and a name already taken (Excel compares them without regard to case) shortened to make room for " (2)", " (3)"….
	 */
	public static List<String> sheetNames(List<String> names) {
		Set<String> taken = new HashSet<>();
		List<String> sheetNames = new ArrayList<>();
		for (String name : names) {
			String sheetName = sheetName(name);
			for (int n = 2; !taken.add(sheetName.toLowerCase(Locale.ROOT)); n++) {
				String suffix = " (" + n + ")";
				String base = sheetName(name);
				sheetName = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
			}
			sheetNames.add(sheetName);
		}
		return sheetNames;
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

package uk.gov.middlesbrough.tracker.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A downloaded workbook held as its sheets' cells (text, numbers and dates as Excel holds them), changed cell by cell
 * as someone would in Excel, and written again as an XLSX file.
 */
final class EditableWorkbook {

	private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

	private EditableWorkbook() {
	}

	static EditableWorkbook read(byte[] xlsx) {
		EditableWorkbook workbook = new EditableWorkbook();
		try (ReadableWorkbook readable = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			for (Sheet sheet : readable.getSheets().toList()) {
				List<List<Object>> rows = new ArrayList<>();
				for (Row row : sheet.read()) {
					List<Object> cells = new ArrayList<>();
					for (int c = 0; c < row.getCellCount(); c++) {
						cells.add(value(row.getCell(c)));
					}
					rows.add(cells);
				}
				workbook.sheets.put(sheet.getName(), rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return workbook;
	}

	private static Object value(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			return format != null && format.contains("yy") ? cell.asDate().toLocalDate() : cell.asNumber();
		}
		return cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
	}

	List<String> sheetNames() {
		return List.copyOf(sheets.keySet());
	}

	List<List<Object>> rows(String sheet) {
		return sheets.get(sheet);
	}

	/** The index of a heading on a sheet's first row. */
	int column(String sheet, String heading) {
		int column = sheets.get(sheet).get(0).indexOf(heading);
		if (column < 0) {
			throw new IllegalArgumentException("No column " + heading + " on " + sheet);
		}
		return column;
	}

	/** The row (index from 0, the header row being 0) of the action with this reference. */
	int rowOf(String sheet, long actionId) {
		List<List<Object>> rows = sheets.get(sheet);
		int column = column(sheet, "Action ref");
		for (int r = 1; r < rows.size(); r++) {
			Object ref = rows.get(r).size() > column ? rows.get(r).get(column) : null;
			if (ref instanceof BigDecimal number && number.longValueExact() == actionId) {
				return r;
			}
		}
		throw new IllegalArgumentException("No action " + actionId + " on " + sheet);
	}

	EditableWorkbook set(String sheet, int row, String heading, Object value) {
		List<Object> cells = sheets.get(sheet).get(row);
		int column = column(sheet, heading);
		while (cells.size() <= column) {
			cells.add(null);
		}
		cells.set(column, value);
		return this;
	}

	/** A new row at the foot of a sheet, its cells by heading. */
	EditableWorkbook add(String sheet, Map<String, Object> cells) {
		List<Object> row = new ArrayList<>();
		sheets.get(sheet).add(row);
		cells.forEach((heading, value) -> set(sheet, sheets.get(sheet).size() - 1, heading, value));
		return this;
	}

	/** Every sheet's rows in one sheet, with a Plan column first: the "one sheet with a plan column" layout. */
	EditableWorkbook asOneSheet(String name) {
		EditableWorkbook one = new EditableWorkbook();
		List<List<Object>> rows = new ArrayList<>();
		sheets.forEach((sheet, sheetRows) -> {
			if (rows.isEmpty()) {
				List<Object> header = new ArrayList<>(List.of("Plan"));
				header.addAll(sheetRows.get(0));
				rows.add(header);
			}
			for (List<Object> row : sheetRows.subList(1, sheetRows.size())) {
				List<Object> withPlan = new ArrayList<>();
				withPlan.add(sheet);
				withPlan.addAll(row);
				rows.add(withPlan);
			}
		});
		one.sheets.put(name, rows);
		return one;
	}

	byte[] write() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Excel", "1.0");
		sheets.forEach((name, rows) -> {
			Worksheet sheet = workbook.newWorksheet(name);
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof LocalDate date) {
						sheet.value(r, c, date);
						sheet.style(r, c).format("dd/mm/yyyy").set();
					}
					else if (value instanceof Number number) {
						sheet.value(r, c, number);
					}
					else if (value != null) {
						sheet.value(r, c, value.toString());
					}
				}
			}
		});
		try {
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}

package uk.gov.middlesbrough.tracker.exporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A table to export: a name (the file and sheet name), headings, and rows of typed cells. Numbers and
 * dates stay numbers and dates in XLSX; text is neutralised against formula injection.
 */
public final class ExportTable {

	private final String name;
	private final List<String> headings;
	private final List<List<Object>> rows = new ArrayList<>();

	public ExportTable(String name, List<String> headings) {
		this.name = name;
		this.headings = List.copyOf(headings);
	}

	/**
	 * Adds a row. Cells may be null, String, Number (Integer, Long, Double, BigDecimal), LocalDate or Boolean;
	 * anything else is written as its text.
	 */
	public ExportTable row(Object... cells) {
		if (cells.length != headings.size()) {
			throw new IllegalArgumentException("A row of " + name + " needs " + headings.size() + " cells, not " + cells.length);
		}
		rows.add(java.util.Arrays.asList(cells));
		return this;
	}

	public String name() {
		return name;
	}

	public List<String> headings() {
		return headings;
	}

	public List<List<Object>> rows() {
		return rows;
	}

	static boolean isNumber(Object cell) {
		return cell instanceof Number;
	}

	static boolean isDate(Object cell) {
		return cell instanceof LocalDate;
	}

	static BigDecimal decimal(Object cell) {
		return cell instanceof BigDecimal decimal ? decimal : new BigDecimal(cell.toString());
	}
}

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

	/**
	 * The table with a last column {@code heading} that says {@code mark} on each row whose {@code marked} (one a row, in
	 * row order) is true; the table itself, unchanged, when no row is marked, so tables without such rows keep their
	 * columns (the demo's illustrative items are marked this way, and production data never is).
	 */
	public ExportTable markedWhere(String heading, String mark, List<Boolean> marked) {
		return withColumnWhereAny(heading, marked.stream().map(each -> Boolean.TRUE.equals(each) ? mark : null).toList());
	}

	/**
	 * The table with a last column {@code heading} holding {@code cells} (one a row, in row order); the table itself,
	 * unchanged, when every cell is null.
	 */
	public ExportTable withColumnWhereAny(String heading, List<?> cells) {
		if (cells.stream().allMatch(java.util.Objects::isNull)) {
			return this;
		}
		if (cells.size() != rows.size()) {
			throw new IllegalArgumentException(name + " has " + rows.size() + " rows, not " + cells.size());
		}
		List<String> withColumn = new ArrayList<>(headings);
		withColumn.add(heading);
		ExportTable table = new ExportTable(name, withColumn);
		for (int i = 0; i < rows.size(); i++) {
			List<Object> row = new ArrayList<>(rows.get(i));
			row.add(cells.get(i));
			table.rows.add(row);
		}
		return table;
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

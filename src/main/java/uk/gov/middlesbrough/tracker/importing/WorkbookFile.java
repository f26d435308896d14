package uk.gov.middlesbrough.tracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * An XLSX workbook read safely (fastexcel-reader) into the rows an import checks, so that checking, preview, staging
 * and confirming stay {@link ImportFlow}'s. Every visible sheet is read; on each, the first row that names one of the
 * import's columns is the header row (rows above it, such as a title, are skipped; a sheet with something in it but
 * no such row is refused, so a cover sheet must be hidden or removed), its headings read as column names ({@link #columnName}: {@code "% complete"} is
 * {@code percent_complete}, {@code "Owner post"} {@code owner_post}) and checked as a CSV file's are; empty rows are
 * skipped; each data row keeps its sheet's name and its row number as Excel shows it, for the per-row report. Dates
 * come out as {@code 2026-10-31}, numbers as written without Excel's float noise, a number formatted as a percentage
 * as its percentage ({@code 0.45} shown as 45 % is {@code 45}), and text the exports protected against formula
 * injection ({@code '=…}) as it was. A file that is not an XLSX workbook (an old .xls, a password-protected one,
 * anything else renamed) is refused as a whole with {@link ImportRefused}, as are one too large, one with too many
 * rows and one whose cells hold far more text than its size suggests (a compressed bomb).
 *
 * <p>A workbook is staged as text: a CSV of its rows, each with its sheet, row number and the sheet's columns
 * ({@link #parseStaged} reads it back), so a staged workbook is checked again at confirmation exactly as a staged CSV
 * file is.
 */
final class WorkbookFile {

	private static final String SHEET = "#sheet";
	private static final String ROW = "#row";
	private static final String COLUMNS = "#columns";
	private static final String COLUMN_SEPARATOR = "|";

	/** Text read from the cells, at most this many times the file's size limit. */
	private static final int TEXT_PER_BYTE_ALLOWED = 4;

	private static final CSVFormat STAGED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private WorkbookFile() {
	}

	/** Whether an upload's name says it is a workbook. */
	static boolean isWorkbookName(String fileName) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/**
	 * @param bytes the uploaded file's content
	 * @param required columns every sheet must have
	 * @param optional columns a sheet may have
	 */
	static CsvFile read(byte[] bytes, List<String> required, List<String> optional, ImportSettings settings) {
		if (bytes == null || bytes.length == 0) {
			throw new ImportRefused("import.refused.empty");
		}
		if (bytes.length > settings.maxBytes()) {
			throw new ImportRefused("import.refused.tooLarge", settings.maxBytes() / 1024);
		}
		if (ReadableWorkbook.isOLE2Header(bytes)) {
			// An Excel 97-2003 .xls, or a workbook saved with a password (Excel wraps those the same way).
			throw new ImportRefused("import.refused.oldOrProtectedWorkbook");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new ImportRefused("import.refused.notXlsx");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
			Reading reading = new Reading(required, optional, settings, (long) settings.maxBytes() * TEXT_PER_BYTE_ALLOWED);
			for (Sheet sheet : workbook.getSheets().toList()) {
				if (sheet.getVisibility() == SheetVisibility.VISIBLE) {
					reading.sheet(sheet);
				}
			}
			return reading.file();
		}
		catch (IOException | UncheckedIOException | ExcelReaderException | IllegalArgumentException | IllegalStateException
				| ArithmeticException | java.time.DateTimeException ex) {
			throw new ImportRefused("import.refused.notXlsx");
		}
	}

	/** Reads back a workbook staged by {@link #read} (its rows as CSV text). */
	static CsvFile parseStaged(String content) {
		try (Reader reader = new StringReader(content); CSVParser parser = STAGED.parse(reader)) {
			Set<String> headers = new LinkedHashSet<>(parser.getHeaderNames());
			headers.removeAll(List.of(SHEET, ROW, COLUMNS));
			List<CsvRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> values = new LinkedHashMap<>();
				for (String column : record.get(COLUMNS).split(java.util.regex.Pattern.quote(COLUMN_SEPARATOR))) {
					values.put(column, record.get(column));
				}
				rows.add(new CsvRow(Integer.parseInt(record.get(ROW)), values, record.get(SHEET)));
			}
			return CsvFile.of(content, List.copyOf(headers), rows);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ImportRefused("import.refused.expired");
		}
	}

	/**
	 * A heading as a column name: lower case, a {@code %} read as the word "percent", and every run of anything but
	 * letters and digits as one underscore ({@code "Action ref"} → {@code action_ref}, {@code "% complete"} →
	 * {@code percent_complete}, {@code "Owner (post)"} → {@code owner_post}).
	 */
	static String columnName(String heading) {
		return heading.strip().toLowerCase(Locale.ROOT).replace("%", " percent ").replaceAll("[^\\p{L}\\p{N}]+", "_")
				.replaceAll("(^_+|_+$)", "");
	}

	/** A cell's value as the row rules read it, or null when it is empty. */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		switch (cell.getType()) {
			case EMPTY:
				return null;
			case STRING:
				return unguarded(cell.asString());
			case BOOLEAN:
				return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
			case NUMBER:
				return number(cell);
			default:
				// A formula's last calculated value, or an error such as #N/A (which the row rules then report).
				return cell.getRawValue();
		}
	}

	private static String number(Cell cell) {
		String format = cell.getDataFormatString();
		if (isDateFormat(cell.getDataFormatId(), format)) {
			return cell.asDate().toLocalDate().toString();
		}
		BigDecimal value = cell.asNumber();
		if (format != null && withoutLiterals(format).contains("%")) {
			value = value.movePointRight(2);
		}
		return value.stripTrailingZeros().toPlainString();
	}

	/** Excel's built-in date formats, or a format that shows a day or a year. */
	static boolean isDateFormat(Integer formatId, String format) {
		if (formatId != null && (formatId >= 14 && formatId <= 22 || formatId >= 45 && formatId <= 47)) {
			return true;
		}
		if (format == null) {
			return false;
		}
		String code = withoutLiterals(format).toLowerCase(Locale.ROOT);
		return code.indexOf('y') >= 0 || code.indexOf('d') >= 0;
	}

	/** A number format without its quoted text, bracketed parts ([Red], [$£-809]) and escaped characters. */
	private static String withoutLiterals(String format) {
		return format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "");
	}

	/** Text the exports wrote with an apostrophe in front so that no spreadsheet ran it as a formula, as it was. */
	static String unguarded(String text) {
		if (text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	/** The sheets read so far: their rows, every column seen, and the limits. */
	private static final class Reading {

		private final List<String> required;
		private final List<String> optional;
		private final ImportSettings settings;
		private final long maxText;
		private final Set<String> columns = new LinkedHashSet<>();
		private final List<CsvRow> rows = new ArrayList<>();
		private long text;
		/** Whether the sheet being read has had nothing in it so far. */
		private boolean blank;

		Reading(List<String> required, List<String> optional, ImportSettings settings, long maxText) {
			this.required = required;
			this.optional = optional;
			this.settings = settings;
			this.maxText = maxText;
		}

		void sheet(Sheet sheet) throws IOException {
			try (Stream<Row> stream = sheet.openStream()) {
				Iterator<Row> iterator = stream.iterator();
				List<String> headings = null;
				blank = true;
				while (iterator.hasNext()) {
					Row row = iterator.next();
					List<String> cells = cells(row);
					if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
						continue;
					}
					if (headings == null) {
						headings = headings(cells, sheet.getName());
						continue;
					}
					row(sheet.getName(), row.getRowNum(), headings, cells);
				}
				if (headings == null && !blank) {
					throw new ImportRefused("import.refused.sheet.noHeadings", sheet.getName(), String.join(", ", required));
				}
			}
		}

		/**
		 * The sheet's column names if this row names any of the import's columns (then checked as a CSV header is), else
		 * null: a title above the headings is no header row.
		 */
		private List<String> headings(List<String> cells, String sheet) {
			List<String> headings = cells.stream().map(cell -> cell == null ? "" : columnName(cell)).toList();
			if (headings.stream().noneMatch(heading -> required.contains(heading) || optional.contains(heading))) {
				blank = false;
				return null;
			}
			List<String> named = headings.stream().filter(heading -> !heading.isEmpty()).toList();
			CsvFile.checkHeaders(named, required, optional, sheet);
			columns.addAll(named);
			return headings;
		}

		private void row(String sheet, int number, List<String> headings, List<String> cells) {
			if (rows.size() >= settings.maxRows()) {
				throw new ImportRefused("import.refused.tooManyRows", settings.maxRows());
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < headings.size(); i++) {
				if (!headings.get(i).isEmpty()) {
					String cell = i < cells.size() ? cells.get(i) : null;
					values.put(headings.get(i), cell == null ? "" : cell);
				}
			}
			rows.add(new CsvRow(number, values, sheet));
		}

		/** The row's cells as text, up to its last one; counts the text against the limit. */
		private List<String> cells(Row row) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.getCellCount(); i++) {
				String cell = text(row.getCell(i));
				text += cell == null ? 0 : cell.length();
				cells.add(cell);
			}
			if (text > maxText) {
				throw new ImportRefused("import.refused.tooLarge", settings.maxBytes() / 1024);
			}
			return cells;
		}

		CsvFile file() {
			if (rows.isEmpty()) {
				throw new ImportRefused("import.refused.noRows");
			}
			return CsvFile.of(staged(), List.copyOf(columns), rows);
		}

		/** The rows as the CSV text that stages them: each with its sheet, row number and its sheet's columns. */
		private String staged() {
			List<String> header = new ArrayList<>(List.of(SHEET, ROW, COLUMNS));
			header.addAll(columns);
			StringWriter out = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
				printer.printRecord(header);
				for (CsvRow row : rows) {
					List<String> record = new ArrayList<>(List.of(row.sheet(), String.valueOf(row.number()),
							String.join(COLUMN_SEPARATOR, row.values().keySet())));
					columns.forEach(column -> record.add(row.values().get(column)));
					printer.printRecord(record);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toString();
		}
	}
}

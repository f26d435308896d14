package uk.gov.middlesbrough.tracker.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file read safely: UTF-8 text (a byte-order mark is allowed), a header row naming exactly the
 * expected columns (in any order; optional ones may be left out), no column that looks like personal
 * data, and no more rows or bytes than the settings allow. Anything else is refused as a whole with
 * {@link ImportRefused}.
 */
public final class CsvFile {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();

	private final String content;
	private final List<String> headers;
	private final List<CsvRow> rows;

	private CsvFile(String content, List<String> headers, List<CsvRow> rows) {
		this.content = content;
		this.headers = headers;
		this.rows = rows;
	}

	/**
	 * @param fileName the uploaded file's name (must end in .csv)
	 * @param bytes the file's content
	 * @param required columns every file must have
	 * @param optional columns a file may have
	 */
	public static CsvFile read(String fileName, byte[] bytes, List<String> required, List<String> optional,
			ImportSettings settings) {
		if (bytes == null || bytes.length == 0) {
			throw new ImportRefused("import.refused.empty");
		}
		if (bytes.length > settings.maxBytes()) {
			throw new ImportRefused("import.refused.tooLarge", settings.maxBytes() / 1024);
		}
		if (!isCsvName(fileName)) {
			throw new ImportRefused("import.refused.notCsv");
		}
		return parse(decode(bytes), required, optional, settings);
	}

	/** Whether an upload's name says it is a CSV file. */
	static boolean isCsvName(String fileName) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	/** Reads text already known to be the content of a CSV file (for example a staged import). */
	public static CsvFile parse(String content, List<String> required, List<String> optional, ImportSettings settings) {
		try (Reader reader = new StringReader(content); CSVParser parser = FORMAT.parse(reader)) {
			List<String> headers = parser.getHeaderNames().stream().map(header -> header.strip().toLowerCase(Locale.ROOT)).toList();
			checkHeaders(headers, required, optional);
			List<CsvRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() >= settings.maxRows()) {
					throw new ImportRefused("import.refused.tooManyRows", settings.maxRows());
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < headers.size(); i++) {
					values.put(headers.get(i), i < record.size() ? record.get(i) : null);
				}
				// Row numbers as a spreadsheet shows them: the header is row 1.
				rows.add(new CsvRow((int) record.getRecordNumber() + 1, values));
			}
			if (rows.isEmpty()) {
				throw new ImportRefused("import.refused.noRows");
			}
			return new CsvFile(content, headers, rows);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ImportRefused("import.refused.unreadable");
		}
	}

	private static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			if (text.indexOf('\0') >= 0) {
				throw new ImportRefused("import.refused.notCsv");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new ImportRefused("import.refused.notUtf8");
		}
	}

	private static void checkHeaders(List<String> headers, List<String> required, List<String> optional) {
		checkHeaders(headers, required, optional, null);
	}

	/**
	 * Refuses a header row that repeats a column, has a column that looks like personal data or is not expected, or
	 * lacks a required one; {@code sheet} names the workbook sheet in the message (null for a CSV file).
	 */
	static void checkHeaders(List<String> headers, List<String> required, List<String> optional, String sheet) {
		Set<String> seen = new HashSet<>();
		for (String header : headers) {
			if (!seen.add(header)) {
				throw refused(sheet, "duplicateColumn", header);
			}
			if (PersonalDataColumns.looksPersonal(header) && !required.contains(header) && !optional.contains(header)) {
				throw refused(sheet, "personalData", header);
			}
			if (!required.contains(header) && !optional.contains(header)) {
				throw refused(sheet, "unknownColumn", header, String.join(", ", required));
			}
		}
		for (String column : required) {
			if (!seen.contains(column)) {
				throw refused(sheet, "missingColumn", column);
			}
		}
	}

	/** {@code import.refused.<problem>}, or {@code import.refused.sheet.<problem>} with the sheet's name as its last argument. */
	private static ImportRefused refused(String sheet, String problem, Object... args) {
		if (sheet == null) {
			return new ImportRefused("import.refused." + problem, args);
		}
		Object[] withSheet = java.util.Arrays.copyOf(args, args.length + 1);
		withSheet[args.length] = sheet;
		return new ImportRefused("import.refused.sheet." + problem, withSheet);
	}

	/** Rows read from somewhere other than a CSV file (a workbook's sheets), with the text that stages them. */
	static CsvFile of(String content, List<String> headers, List<CsvRow> rows) {
		return new CsvFile(content, List.copyOf(headers), List.copyOf(rows));
	}

	public String content() {
		return content;
	}

	public List<String> headers() {
		return headers;
	}

	public List<CsvRow> rows() {
		return rows;
	}
}

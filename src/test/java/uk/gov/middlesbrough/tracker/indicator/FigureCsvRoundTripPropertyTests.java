package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.web.SaneInput;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.middlesbrough.tracker.exporting.CsvExport;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;
import uk.gov.middlesbrough.tracker.importing.RowErrors;

/**
 * Figures written out by the app's own CSV code and read back by the import's parser come back as they went out:
 * the table export ({@link CsvExport}: BOM, quoting, numbers as plain decimals) and the import template's rows of a
 * locality's recorded figures ({@link ImportSpec#csvLine}). Each property is tried on {@value #TRIES} generated files
 * of up to 20 figures from a fixed seed.
 */
class FigureCsvRoundTripPropertyTests {

	static final int TRIES = 500;

	private static final ImportSettings SETTINGS = new ImportSettings(2_097_152, 20_000);
	private static final List<String> COLUMNS = Stream.concat(MeasurementImport.REQUIRED.stream(), MeasurementImport.OPTIONAL.stream())
		.toList();

	/**
	 * Any text a person might type: letters of many scripts, punctuation, quotes, commas, line breaks, control characters,
	 * emoji. Never NUL, which no stored text holds (PostgreSQL refuses it) and the import refuses as not a CSV file, nor
	 * half a surrogate pair, which is no character (UTF-8 cannot write it).
	 */
	private static final Gen<String> TEXT = strings().betweenCodePoints(1, 0x2FF).ofLengthBetween(0, 40)
		.mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20).map(FigureCsvRoundTripPropertyTests::textOnly))
		.mix(Generate.pick(List.of("", " ", "\"", "a,b", "line one\r\nline two", "'quoted'", "=SUM(A1)", "-3", "😀 café", "\t x ")));
	private static final Gen<BigDecimal> VALUE = longs().between(-99_999_999_999_999L, 99_999_999_999_999L)
		.zip(integers().between(0, 2), BigDecimal::valueOf);
	/** Any period the import accepts: from 2000 to the end of next year ({@code web.SaneInput}). */
	private static final Gen<LocalDate> PERIOD = integers()
		.between(0, (int) java.time.temporal.ChronoUnit.DAYS.between(SaneInput.EARLIEST, SaneInput.latest(LocalDate.now())))
		.map(n -> SaneInput.EARLIEST.plusDays(n));
	private static final Gen<Figure> FIGURE = Generate.pick(List.of("asb-incidents", "school-readiness", "childrens-centre-families"))
		.zip(Generate.pick(List.of("Newport", "North Ormesby", "Brambles & Thorntree", "St Hilda's", "Gresham, West")), PERIOD, VALUE,
				(code, locality, period, value) -> new Figure(code, locality, period, value, null, null))
		.zip(TEXT, TEXT, (figure, note, source) -> new Figure(figure.code, figure.locality, figure.period, figure.value, note, source));
	private static final Gen<List<Figure>> FILE = lists().of(FIGURE).ofSizeBetween(1, 20);

	private static QuickTheory tries() {
		return qt().withFixedSeed(20_220_117L).withExamples(TRIES);
	}

	@Test
	void figuresExportedAsCsvImportWithTheSameIndicatorLocalityPeriodAndValue() {
		tries().forAll(FILE).checkAssert(figures -> {
			List<CsvRow> rows = read(CsvExport.write(exported(figures)));
			assertThat(rows).hasSameSizeAs(figures);
			for (int i = 0; i < rows.size(); i++) {
				assertFigure(rows.get(i), figures.get(i));
			}
		});
	}

	/**
	 * The export's text comes back without surrounding spaces and control characters (as the import reads every cell), and
	 * with the apostrophe
	 * the export puts before text a spreadsheet would run as a formula (=, +, -, @, tab or return first).
	 */
	@Test
	void exportedNotesImportAsWrittenSaveTheFormulaGuard() {
		tries().forAll(FILE).checkAssert(figures -> {
			List<CsvRow> rows = read(CsvExport.write(exported(figures)));
			for (int i = 0; i < rows.size(); i++) {
				assertThat(rows.get(i).get("note")).isEqualTo(imported(guarded(figures.get(i).note)));
				assertThat(rows.get(i).get("source_reference")).isEqualTo(imported(guarded(figures.get(i).source)));
			}
		});
	}

	/** The template a manager downloads holds their locality's recorded figures; uploaded unchanged, they read the same. */
	@Test
	void templateRowsOfRecordedFiguresImportAsRecorded() {
		ImportSpec spec = new ImportSpec("MEASUREMENTS", "/indicators/import", MeasurementImport.REQUIRED, MeasurementImport.OPTIONAL,
				List.of(), List.of(), "", "measurements-template.csv", List.of());
		tries().forAll(FILE).checkAssert(figures -> {
			String template = spec.templateCsv(figures.stream().map(figure -> ImportSpec.csvLine(figure.code, figure.locality,
					figure.period, figure.value.stripTrailingZeros().toPlainString(), figure.note, figure.source)).toList());
			List<CsvRow> rows = CsvFile.parse(template, MeasurementImport.REQUIRED, MeasurementImport.OPTIONAL, SETTINGS).rows();
			assertThat(rows).hasSameSizeAs(figures);
			for (int i = 0; i < rows.size(); i++) {
				assertFigure(rows.get(i), figures.get(i));
				assertThat(rows.get(i).get("note")).isEqualTo(imported(figures.get(i).note));
				assertThat(rows.get(i).get("source_reference")).isEqualTo(imported(figures.get(i).source));
			}
		});
	}

	private static ExportTable exported(List<Figure> figures) {
		ExportTable table = new ExportTable("figures", COLUMNS);
		figures.forEach(figure -> table.row(figure.code, figure.locality, figure.period, figure.value, figure.note, figure.source));
		return table;
	}

	private static List<CsvRow> read(byte[] csv) {
		return CsvFile.read("figures.csv", csv, MeasurementImport.REQUIRED, MeasurementImport.OPTIONAL, SETTINGS).rows();
	}

	private static void assertFigure(CsvRow row, Figure figure) {
		RowErrors errors = new RowErrors();
		assertThat(errors.required(row, "indicator")).isEqualTo(figure.code);
		assertThat(errors.required(row, "locality")).isEqualTo(figure.locality);
		assertThat(errors.date(row, "period")).isEqualTo(figure.period);
		assertThat(errors.number(row, "value")).isEqualByComparingTo(figure.value);
		assertThat(errors.list()).isEmpty();
	}

	/**
	 * What the import makes of a cell: without the spaces and control characters around it (the parser trims characters up
	 * to U+0020, then the row strips Unicode white space), and nothing when that leaves it blank.
	 */
	private static String imported(String text) {
		String trimmed = text == null ? null : text.trim().strip();
		return trimmed == null || trimmed.isEmpty() ? null : trimmed;
	}

	private static String guarded(String text) {
		Function<Character, Boolean> formula = first -> "=+-@\t\r".indexOf(first) >= 0;
		return text == null || text.isEmpty() || !formula.apply(text.charAt(0)) ? text : "'" + text;
	}

	private static String textOnly(String text) {
		return text.chars().map(c -> c == 0 || Character.isSurrogate((char) c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
	}

	private record Figure(String code, String locality, LocalDate period, BigDecimal value, String note, String source) {
	}
}

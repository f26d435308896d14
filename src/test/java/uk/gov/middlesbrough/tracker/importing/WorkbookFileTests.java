package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class WorkbookFileTests {

	private static final ImportSettings SETTINGS = new ImportSettings(64 * 1024, 5);
	private static final List<String> REQUIRED = List.of("action_ref", "specific", "percent_complete");
	private static final List<String> OPTIONAL = List.of("plan", "due_date", "commentary");

	/** A workbook written with fastexcel, as the exports write them. */
	private static byte[] workbook(Consumer<Workbook> sheets) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Test", "1.0");
		sheets.accept(workbook);
		try {
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static void header(Worksheet sheet, int row, String... headings) {
		for (int c = 0; c < headings.length; c++) {
			sheet.value(row, c, headings[c]);
		}
	}

	private static String refusal(byte[] bytes) {
		try {
			WorkbookFile.read(bytes, REQUIRED, OPTIONAL, SETTINGS);
			return null;
		}
		catch (ImportRefused ex) {
			return ex.messageKey();
		}
	}

	@Test
	void readsEverySheetsRowsWithTheSheetsNameAndExcelsRowNumbers() {
		byte[] bytes = workbook(book -> {
			Worksheet safe = book.newWorksheet("Making People Feel Safe");
			// A title row and a blank row above the headings, as councils' sheets often have them.
			safe.value(0, 0, "Newport: Making People Feel Safe");
			header(safe, 2, "Action ref", "Specific", "% complete", "Due date", "Commentary");
			safe.value(3, 0, 17);
			safe.value(3, 1, "Mini Police in both schools");
			safe.value(3, 2, 45);
			safe.value(3, 3, LocalDate.of(2027, 3, 31));
			safe.style(3, 3).format("yyyy-mm-dd").set();
			safe.value(3, 4, "'=SUM(A1)");
			// An empty row between actions is skipped; the next row keeps the number Excel shows.
			safe.value(5, 1, "New action");
			safe.value(5, 2, 0.2);
			safe.style(5, 2).format("0%").set();
			Worksheet children = book.newWorksheet("Children");
			header(children, 0, "action_ref", "specific", "percent_complete", "plan");
			children.value(1, 0, 18);
			children.value(1, 1, "Family hub sessions");
			children.value(1, 2, new BigDecimal("62.50"));
			children.value(1, 3, "Better Outcomes for Children");
		});

		CsvFile file = WorkbookFile.read(bytes, REQUIRED, OPTIONAL, SETTINGS);

		assertThat(file.headers()).containsExactly("action_ref", "specific", "percent_complete", "due_date", "commentary", "plan");
		assertThat(file.rows()).extracting(CsvRow::sheet, CsvRow::number).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Making People Feel Safe", 4),
				org.assertj.core.groups.Tuple.tuple("Making People Feel Safe", 6),
				org.assertj.core.groups.Tuple.tuple("Children", 2));
		CsvRow first = file.rows().get(0);
		assertThat(first.get("action_ref")).isEqualTo("17");
		assertThat(first.get("percent_complete")).isEqualTo("45");
		assertThat(first.get("due_date")).isEqualTo("2027-03-31");
		assertThat(first.get("commentary")).as("the export's guard against formulas taken off").isEqualTo("=SUM(A1)");
		assertThat(file.rows().get(1).get("action_ref")).isNull();
		assertThat(file.rows().get(1).get("percent_complete")).as("20 % formatted as a percentage").isEqualTo("20");
		CsvRow children = file.rows().get(2);
		assertThat(children.get("percent_complete")).isEqualTo("62.5");
		assertThat(children.has("plan")).isTrue();
		assertThat(children.has("due_date")).as("a column its sheet does not have").isFalse();
		assertThat(first.has("plan")).isFalse();

		// Staged as text and read back at confirmation, the rows are the same.
		CsvFile staged = WorkbookFile.parseStaged(file.content());
		assertThat(staged.rows()).isEqualTo(file.rows());
		assertThat(staged.headers()).isEqualTo(file.headers());
	}

	@Test
	void headingsAreReadAsColumnNames() {
		assertThat(WorkbookFile.columnName(" % Complete ")).isEqualTo("percent_complete");
		assertThat(WorkbookFile.columnName("Owner (post)")).isEqualTo("owner_post");
		assertThat(WorkbookFile.columnName("Action ref")).isEqualTo("action_ref");
		assertThat(WorkbookFile.columnName("start_date")).isEqualTo("start_date");
	}

	@Test
	void dateFormatsAreToldFromNumberFormats() {
		assertThat(WorkbookFile.isDateFormat(14, null)).isTrue();
		assertThat(WorkbookFile.isDateFormat(164, "dd/mm/yyyy")).isTrue();
		assertThat(WorkbookFile.isDateFormat(165, "d-mmm-yy")).isTrue();
		assertThat(WorkbookFile.isDateFormat(166, "[Red]0.00")).isFalse();
		assertThat(WorkbookFile.isDateFormat(167, "0.0\" days\"")).isFalse();
		assertThat(WorkbookFile.isDateFormat(0, "General")).isFalse();
	}

	@Test
	void aSheetWithAnUnexpectedOrMissingColumnIsRefusedNamingTheSheet() {
		byte[] unknown = workbook(book -> header(book.newWorksheet("Safe"), 0, "action_ref", "specific", "percent_complete", "rag"));
		assertThatThrownBy(() -> WorkbookFile.read(unknown, REQUIRED, OPTIONAL, SETTINGS))
			.isInstanceOfSatisfying(ImportRefused.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("import.refused.sheet.unknownColumn");
				assertThat(ex.args()).containsExactly("rag", "action_ref, specific, percent_complete", "Safe");
			});
		byte[] missing = workbook(book -> {
			header(book.newWorksheet("Safe"), 0, "action_ref", "specific");
			book.newWorksheet("Notes");
		});
		assertThatThrownBy(() -> WorkbookFile.read(missing, REQUIRED, OPTIONAL, SETTINGS))
			.isInstanceOfSatisfying(ImportRefused.class, ex -> assertThat(ex.args()).containsExactly("percent_complete", "Safe"));
	}

	@Test
	void aHiddenSheetIsNotRead() {
		byte[] bytes = workbook(book -> {
			Worksheet safe = book.newWorksheet("Safe");
			header(safe, 0, "action_ref", "specific", "percent_complete");
			safe.value(1, 1, "Walkabouts");
			safe.value(1, 2, 10);
			Worksheet lists = book.newWorksheet("Lists");
			lists.value(0, 0, "Choices for drop-downs");
			lists.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
		});
		assertThat(WorkbookFile.read(bytes, REQUIRED, OPTIONAL, SETTINGS).rows()).hasSize(1);
	}

	@Test
	void whatIsNotAnXlsxWorkbookIsRefusedAsAWhole() {
		assertThat(refusal("action_ref,specific\n1,x\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.refused.notXlsx");
		// An .xls (or a password-protected workbook): an OLE2 compound file.
		byte[] ole2 = new byte[512];
		System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }, 0,
				ole2, 0, 8);
		assertThat(refusal(ole2)).isEqualTo("import.refused.oldOrProtectedWorkbook");
		// A zip that is not a workbook.
		byte[] zip = new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0 };
		assertThat(refusal(zip)).isEqualTo("import.refused.notXlsx");
		assertThat(refusal(new byte[0])).isEqualTo("import.refused.empty");
		assertThat(refusal(workbook(book -> book.newWorksheet("Empty")))).isEqualTo("import.refused.noRows");
	}

	@Test
	void theRowAndSizeLimitsHold() {
		byte[] six = workbook(book -> {
			Worksheet sheet = book.newWorksheet("Safe");
			header(sheet, 0, "action_ref", "specific", "percent_complete");
			for (int r = 1; r <= 6; r++) {
				sheet.value(r, 1, "Action " + r);
			}
		});
		assertThat(refusal(six)).isEqualTo("import.refused.tooManyRows");
		byte[] wordy = workbook(book -> {
			Worksheet sheet = book.newWorksheet("Safe");
			header(sheet, 0, "action_ref", "specific", "percent_complete");
			// Text that compresses well: far more than four times the file size limit once read.
			sheet.value(1, 1, "a".repeat(300_000));
		});
		assertThat(wordy.length).isLessThan(64 * 1024);
		assertThat(refusal(wordy)).isEqualTo("import.refused.tooLarge");
	}
}

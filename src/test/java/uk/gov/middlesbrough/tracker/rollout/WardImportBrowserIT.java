package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * The head of service imports figures for a ward that is not held yet, on a measure of the test's own: a file with a
 * rate over 1,000 is reported row by row, the corrected file is previewed with the ward listed as new, and once
 * confirmed the ward and its figure are on the roll-out page; the import pages pass axe.
 */
class WardImportBrowserIT extends BrowserTest {

	@Test
	void theHeadImportsFiguresForAWardNotHeldYet() throws IOException {
		String suffix = String.valueOf(System.nanoTime());
		String ward = "Browser ward " + suffix;
		String code = "browser-rate-" + suffix;
		jdbc.update("""
				insert into ward_measure (code, name, unit, need_direction, period_months, source, position)
				values (?, ?, 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3, 'Test', 0)""", code, "Browser rate " + suffix);

		signIn("head");
		visit("/rollout");
		click(By.id("import-figures"));
		assertThat(heading()).isEqualTo("Import ward figures");
		assertAccessible();

		upload("ward,measure,period,value\n" + ward + "," + code + ",2022-01-01,1200\n");
		assertThat(driver.findElement(By.id("import-report")).getText()).contains("value must be a rate per 1,000 from 0 to 1,000");
		assertAccessible();

		upload("ward,measure,period,value\n" + ward + "," + code + ",2022-01-01,12.5\n");
		assertThat(driver.findElement(By.id("preview-counts")).getText()).isEqualTo("1 new, 0 corrected, 0 unchanged");
		assertThat(driver.findElement(By.id("new-wards")).getText()).isEqualTo(ward + " (new ward)");
		assertAccessible();
		screenshot("rollout-import-preview");

		click(By.id("confirm-import"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("1 new, 0 corrected, 0 unchanged");
		click(By.linkText("See the wards and their latest figures"));
		assertThat(all(By.cssSelector("#wards tbody tr")).stream().map(WebElement::getText))
			.anySatisfy(row -> assertThat(row).startsWith(ward).contains("12.5"));
	}

	private void upload(String csv) throws IOException {
		Path file = Files.createTempFile("ward-figures", ".csv");
		try {
			Files.writeString(file, csv);
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			click(By.id("upload"));
		}
		finally {
			Files.delete(file);
		}
	}
}

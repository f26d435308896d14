package uk.gov.middlesbrough.tracker.caseload;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.gov.middlesbrough.tracker.support.Page;

/** The caseload import page (/caseloads/import): upload, per-row report, preview and confirmation. */
class CaseloadImportPage extends Page {

	CaseloadImportPage(WebDriver driver) {
		super(driver);
	}

	CaseloadImportPage upload(Path file) {
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		clickAndWaitForNextPage(By.id("upload"));
		return this;
	}

	String previewCounts() {
		return text(By.id("preview-counts"));
	}

	String report() {
		return text(By.id("import-report"));
	}

	CaseloadImportPage confirm() {
		clickAndWaitForNextPage(By.id("confirm-import"));
		return this;
	}

	String banner() {
		return text(By.cssSelector(".govuk-notification-banner"));
	}

	void backToCaseloads() {
		clickAndWaitForNextPage(By.partialLinkText("Back to the caseloads of"));
	}
}

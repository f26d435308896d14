package uk.gov.middlesbrough.tracker.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.gov.middlesbrough.tracker.support.Page;

/** The survey results import page (/surveys/import and its preview). */
public class SurveyImportPage extends Page {

	public SurveyImportPage(WebDriver driver) {
		super(driver);
	}

	/** Chooses a file with this content in the upload box and checks it. */
	public void upload(String fileName, String content) {
		try {
			Path file = Files.createTempDirectory("survey-import").resolve(fileName);
			Files.writeString(file, content, StandardCharsets.UTF_8);
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			clickAndWaitForNextPage(By.id("upload"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String counts() {
		return text(By.id("preview-counts"));
	}

	public String newWaves() {
		return text(By.id("new-waves"));
	}

	public String previewTable() {
		return text(By.id("import-preview"));
	}

	public void confirm() {
		clickAndWaitForNextPage(By.id("confirm-import"));
	}

	public String banner() {
		return text(By.cssSelector(".govuk-notification-banner"));
	}
}

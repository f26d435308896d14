package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.Page;

/** A locality's caseload page (/localities/{id}/caseloads): the figures, the flags, and the forms. */
class CaseloadsPage extends Page {

	CaseloadsPage(WebDriver driver) {
		super(driver);
	}

	CaseloadsPage record(LocalDate date, String role, String post, int children, int families, int underSix) {
		type(By.id("snapshotDate"), String.valueOf(date.getDayOfMonth()));
		type(By.id("snapshotDate-month"), String.valueOf(date.getMonthValue()));
		type(By.id("snapshotDate-year"), String.valueOf(date.getYear()));
		new Select(driver.findElement(By.id("role"))).selectByVisibleText(role);
		type(By.id("postLabel"), post);
		type(By.id("children"), String.valueOf(children));
		type(By.id("families"), String.valueOf(families));
		type(By.id("childrenUnderSixMonths"), String.valueOf(underSix));
		clickAndWaitForNextPage(By.id("record-figures"));
		return this;
	}

	CaseloadsPage recordNothing() {
		clickAndWaitForNextPage(By.id("record-figures"));
		return this;
	}

	/** The latest figures table as text, one post per line. */
	String latest() {
		return text(By.id("latest"));
	}

	String overSummary() {
		return text(By.id("over-summary"));
	}

	String corrections() {
		return text(By.id("corrections"));
	}

	String banner() {
		return text(By.cssSelector(".govuk-notification-banner"));
	}

	boolean offersForms() {
		return isShown(By.id("snapshot-form")) || isShown(By.id("staffing-form"));
	}

	/** Opens the correction form of a post's figures by the link's hidden words ("… figures for Social Worker 1 on …"). */
	void correct(String post) {
		clickAndWaitForNextPage(By.xpath("//table[@id='latest']//a[contains(., 'figures for " + post + " on')]"));
	}

	void importFromCsv() {
		clickAndWaitForNextPage(By.id("import-link"));
	}
}

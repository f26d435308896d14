package uk.gov.middlesbrough.tracker.scrutiny;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.Page;

/**
 * Any of the tracker's forms (add a review, add a recommendation, change the response, add a progress update): its
 * fields are found by their ids, its dates by the GOV.UK date input's three boxes.
 */
class ScrutinyForm extends Page {

	ScrutinyForm(WebDriver driver) {
		super(driver);
	}

	ScrutinyForm text(String field, String value) {
		type(By.id(field), value);
		return this;
	}

	ScrutinyForm date(String field, String day, String month, String year) {
		type(By.id(field), day);
		type(By.id(field + "-month"), month);
		type(By.id(field + "-year"), year);
		return this;
	}

	ScrutinyForm select(String field, String visibleText) {
		new Select(driver.findElement(By.id(field))).selectByVisibleText(visibleText);
		return this;
	}

	/** Chooses a radio by the words on its label (the label is what a person clicks). */
	ScrutinyForm choose(String field, String label) {
		driver.findElements(By.cssSelector("input[name=" + field + "] + label")).stream()
			.filter(candidate -> candidate.getText().strip().equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + field + " radio labelled " + label))
			.click();
		return this;
	}

	void submit(String buttonId) {
		clickAndWaitForNextPage(By.id(buttonId));
	}
}

package uk.gov.middlesbrough.tracker.escalation;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.gov.middlesbrough.tracker.support.Page;

/** The "Mark as raised at DIG" form: the item it is about, the date raised, the note and earlier marks. */
class MarkFormPage extends Page {

	MarkFormPage(WebDriver driver) {
		super(driver);
	}

	String why() {
		return text(By.id("item-why"));
	}

	MarkFormPage raisedOn(String day, String month, String year) {
		type(By.id("raisedOn"), day);
		type(By.id("raisedOn-month"), month);
		type(By.id("raisedOn-year"), year);
		return this;
	}

	MarkFormPage note(String note) {
		type(By.id("note"), note);
		return this;
	}

	void save() {
		clickAndWaitForNextPage(By.id("save"));
	}
}

package uk.gov.middlesbrough.tracker.plan;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.gov.middlesbrough.tracker.support.Page;

/** An action's page (/actions/{id}): status, progress form and timeline. */
public class ActionPage extends Page {

	public ActionPage(WebDriver driver) {
		super(driver);
	}

	public ActionPage recordProgress(int completion, String commentary) {
		type(By.id("completion"), String.valueOf(completion));
		type(By.id("commentary"), commentary);
		clickAndWaitForNextPage(By.id("record-progress"));
		return this;
	}

	/** The status line in words, for example "Amber 40% complete 50% expected by today". */
	public String status() {
		return text(By.id("action-status"));
	}

	public String timeline() {
		return text(By.id("timeline"));
	}
}

package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.gov.middlesbrough.tracker.support.Page;

/** The add and change action form (/plans/{id}/actions/new, /actions/{id}/edit). */
public class ActionFormPage extends Page {

	public ActionFormPage(WebDriver driver) {
		super(driver);
	}

	public ActionFormPage smart(String specific, String measure, String target, String owner, String objective) {
		type(By.id("specific"), specific);
		type(By.id("measure"), measure);
		type(By.id("targetValue"), target);
		type(By.id("ownerPost"), owner);
		type(By.id("relevantObjective"), objective);
		return this;
	}

	public ActionFormPage dates(LocalDate start, LocalDate due) {
		date("startDate", start);
		date("dueDate", due);
		return this;
	}

	public void save() {
		clickAndWaitForNextPage(By.id("save"));
	}

	private void date(String field, LocalDate date) {
		type(By.id(field), String.valueOf(date.getDayOfMonth()));
		type(By.id(field + "-month"), String.valueOf(date.getMonthValue()));
		type(By.id(field + "-year"), String.valueOf(date.getYear()));
	}
}

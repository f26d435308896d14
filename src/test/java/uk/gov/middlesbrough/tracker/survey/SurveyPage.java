package uk.gov.middlesbrough.tracker.survey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.Page;

/** A locality's resident survey page (/localities/{id}/surveys). */
public class SurveyPage extends Page {

	public SurveyPage(WebDriver driver) {
		super(driver);
	}

	/** The text of one wave's row in one question's table, e.g. row("safe_day", "March 2021"). */
	public String row(String questionCode, String wave) {
		for (WebElement row : driver.findElements(By.cssSelector("#results-" + questionCode + " tbody tr"))) {
			if (row.findElement(By.tagName("th")).getText().strip().equals(wave)) {
				return row.getText().replaceAll("\\s+", " ").strip();
			}
		}
		throw new AssertionError("No row for " + wave + " in the table of " + questionCode);
	}

	/** The percentage shown for a wave, e.g. "12.9%". */
	public String percent(String questionCode, String wave) {
		for (WebElement row : driver.findElements(By.cssSelector("#results-" + questionCode + " tbody tr"))) {
			if (row.findElement(By.tagName("th")).getText().strip().equals(wave)) {
				return row.findElement(By.cssSelector(".app-survey-percent")).getText().strip();
			}
		}
		throw new AssertionError("No figure for " + wave + " in the table of " + questionCode);
	}

	public String summary(String questionCode) {
		return text(By.id("summary-" + questionCode)).replaceAll("\\s+", " ");
	}

	public void addWave(String name, java.time.LocalDate date, String respondents) {
		clickAndWaitForNextPage(By.id("add-wave"));
		type(By.id("name"), name);
		type(By.id("fieldworkDate"), String.valueOf(date.getDayOfMonth()));
		type(By.id("fieldworkDate-month"), String.valueOf(date.getMonthValue()));
		type(By.id("fieldworkDate-year"), String.valueOf(date.getYear()));
		type(By.id("respondents"), respondents);
		clickAndWaitForNextPage(By.id("save"));
	}

	/** Opens the record / correct form of one wave's figure from its row's link. */
	public void openResult(String questionCode, String wave) {
		for (WebElement row : driver.findElements(By.cssSelector("#results-" + questionCode + " tbody tr"))) {
			if (row.findElement(By.tagName("th")).getText().strip().equals(wave)) {
				clickAndWaitForNextPage(driver, row.findElement(By.tagName("a")));
				return;
			}
		}
		throw new AssertionError("No row for " + wave);
	}

	/** On the result form: types the figure and saves. */
	public void saveResult(String percentage, String respondents) {
		type(By.id("percentage"), percentage);
		type(By.id("respondents"), respondents);
		clickAndWaitForNextPage(By.id("save"));
	}
}

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
		return rowElement(questionCode, wave).getText().replaceAll("\\s+", " ").strip();
	}

	/** The percentage shown for a wave, e.g. "12.9%". */
	public String percent(String questionCode, String wave) {
		return rowElement(questionCode, wave).findElement(By.cssSelector(".app-survey-percent")).getText().strip();
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
		clickAndWaitForNextPage(driver, rowElement(questionCode, wave).findElement(By.tagName("a")));
	}

	/** On the result form: types the figure and saves. */
	public void saveResult(String percentage, String respondents) {
		type(By.id("percentage"), percentage);
		type(By.id("respondents"), respondents);
		clickAndWaitForNextPage(By.id("save"));
	}

	private WebElement rowElement(String questionCode, String wave) {
		return driver.findElements(By.cssSelector("#results-" + questionCode + " tbody tr")).stream()
			.filter(row -> row.findElement(By.tagName("th")).getText().strip().equals(wave))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + wave + " in the table of " + questionCode));
	}
}

package uk.gov.middlesbrough.tracker.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base for page objects: finding, typing and clicking, and waiting for the next page after a click that
 * navigates (an immediate lookup can otherwise hit the old page or nothing at all).
 */
public abstract class Page {

	/** How long a wait on a condition may take before the test fails: generous, since waits end as soon as the condition holds. */
	static final Duration WAIT = Duration.ofMinutes(2);

	/** The limit for anything the browser does in one go (loading a page, running axe): a loaded machine is slow. */
	static final Duration SLOW_MACHINE = Duration.ofMinutes(5);

	/** How often a wait checks its condition again: Selenium's default of half a second, after every click, added up. */
	private static final Duration POLL = Duration.ofMillis(50);

	protected final WebDriver driver;

	protected Page(WebDriver driver) {
		this.driver = driver;
	}

	/** Clicks something that loads a new page (a link, or a form's submit button) and waits until it has loaded. */
	public static void clickAndWaitForNextPage(WebDriver driver, WebElement element) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		element.click();
		WebDriverWait wait = waitOn(driver);
		wait.until(d -> replaced(oldPage));
		wait.until(ready());
	}

	/** A wait of up to {@link #WAIT} that checks its condition every {@link #POLL}. */
	static WebDriverWait waitOn(WebDriver driver) {
		return new WebDriverWait(driver, WAIT, POLL);
	}

	/**
	 * Whether the page an element belongs to has gone. While the old page is being torn down Chromium sometimes
	 * answers "Node with given id does not belong to the document" instead of "stale element": gone too.
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private static ExpectedCondition<Boolean> ready() {
		return d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
	}

	protected void clickAndWaitForNextPage(By by) {
		clickAndWaitForNextPage(driver, driver.findElement(by));
	}

	protected void type(By by, String text) {
		WebElement field = driver.findElement(by);
		field.clear();
		field.sendKeys(text);
	}

	protected String valueOf(By by) {
		return driver.findElement(by).getDomProperty("value");
	}

	protected String text(By by) {
		return driver.findElement(by).getText().strip();
	}

	protected boolean isShown(By by) {
		List<WebElement> found = driver.findElements(by);
		return !found.isEmpty() && found.get(0).isDisplayed();
	}

	public String heading() {
		return text(By.tagName("h1"));
	}

	public String title() {
		return driver.getTitle();
	}

	/** The error summary's messages, each with the fragment its link points at ({@code #name}); empty if none. */
	public List<ErrorLink> errorSummary() {
		return errorSummary(driver);
	}

	static List<ErrorLink> errorSummary(WebDriver driver) {
		return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
			.map(item -> {
				List<WebElement> links = item.findElements(By.tagName("a"));
				String target = links.isEmpty() ? null : links.get(0).getDomAttribute("href");
				return new ErrorLink(item.getText().strip(), target);
			})
			.toList();
	}

	/** One message in the GOV.UK error summary and the href of its link (null if it has none). */
	public record ErrorLink(String message, String href) {
	}
}

package uk.gov.middlesbrough.tracker.audit;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.Page;

/** The audit trail at /audit: its filters and its changes, a row each. */
public class AuditTrailPage extends Page {

	public AuditTrailPage(WebDriver driver) {
		super(driver);
	}

	/** Chooses a kind of record by its stored type (for example "Locality") and applies the filters. */
	public AuditTrailPage filterByRecordType(String recordType) {
		new Select(driver.findElement(By.id("recordType"))).selectByValue(recordType);
		clickAndWaitForNextPage(By.id("apply-filters"));
		return this;
	}

	/** Types a "from" date into the GOV.UK date input and applies the filters. */
	public AuditTrailPage filterFrom(String day, String month, String year) {
		type(By.id("from"), day);
		type(By.id("from-month"), month);
		type(By.id("from-year"), year);
		clickAndWaitForNextPage(By.id("apply-filters"));
		return this;
	}

	public String selectedRecordType() {
		return new Select(driver.findElement(By.id("recordType"))).getFirstSelectedOption().getDomAttribute("value");
	}

	public List<Entry> entries() {
		return driver.findElements(By.cssSelector("#audit tbody tr")).stream().map(AuditTrailPage::entry).toList();
	}

	private static Entry entry(WebElement row) {
		List<WebElement> cells = row.findElements(By.tagName("td"));
		WebElement what = cells.get(2);
		List<WebElement> links = what.findElements(By.cssSelector(".app-audit__record a"));
		return new Entry(cells.get(0).getText().strip(), cells.get(1).getText().strip(),
				what.findElement(By.tagName("strong")).getText().strip(),
				what.findElement(By.className("app-audit__record")).getText().strip(),
				links.isEmpty() ? null : links.get(0).getDomAttribute("href"),
				what.findElements(By.cssSelector(".app-audit__fields li")).stream().map(li -> li.getText().strip()).toList());
	}

	/**
	 * One change as shown: when, who, what happened ("Changed"), the whole line naming the record ("Changed Locality
	 * Newport"), the record's link, and each field as read ("Status: Pilot → Roll-out").
	 */
	public record Entry(String when, String who, String what, String record, String href, List<String> fields) {
	}
}

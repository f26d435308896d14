package uk.gov.middlesbrough.tracker.audit;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.Page;

/** The audit trail at /audit: its filters and its table. */
public class AuditTrailPage extends Page {

	public AuditTrailPage(WebDriver driver) {
		super(driver);
	}

	/** Chooses a record type (for example "Locality") and applies the filters. */
	public AuditTrailPage filterByRecordType(String recordType) {
		new Select(driver.findElement(By.id("recordType"))).selectByValue(recordType);
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
		return new Entry(cells.get(1).getText().strip(), cells.get(2).getText().strip(), cells.get(3).getText().strip(),
				cells.get(4).getText().strip(), cells.get(5).getText().strip(), cells.get(6).getText().strip());
	}

	/** One row as shown: who, what happened, record (type, id and label), field, old value and new value. */
	public record Entry(String actor, String what, String record, String field, String oldValue, String newValue) {
	}
}

package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.Page;

/** The DIG list: its counts, filter, open items (by key) and resolved items. */
class EscalationListPage extends Page {

	EscalationListPage(WebDriver driver) {
		super(driver);
	}

	/** Ticks a filter checkbox by the words on its label. */
	EscalationListPage tick(String label) {
		driver.findElements(By.cssSelector("#filters .govuk-checkboxes__label")).stream()
			.filter(candidate -> candidate.getText().strip().equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No filter labelled " + label))
			.click();
		return this;
	}

	void filter() {
		clickAndWaitForNextPage(By.id("apply-filters"));
	}

	String count(EscalationKind kind) {
		return text(By.cssSelector("#count-" + kind.name() + " td"));
	}

	String showing() {
		return text(By.id("showing"));
	}

	/** The open item's row text. */
	String item(String key) {
		return text(By.id(EscalationKeys.anchor(key)));
	}

	List<String> openItemKinds() {
		return driver.findElements(By.cssSelector("#open-items tbody tr .govuk-tag")).stream().map(WebElement::getText).toList();
	}

	void markItem(String key) {
		clickAndWaitForNextPage(By.cssSelector("#" + EscalationKeys.anchor(key) + " a[href*='/escalations/mark']"));
	}

	String resolved() {
		return text(By.id("resolved-items"));
	}

	String banner() {
		return text(By.cssSelector(".govuk-notification-banner--success"));
	}
}

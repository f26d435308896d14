package uk.gov.middlesbrough.tracker.locality;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.Page;

/** The add and change locality form (/localities/new, /localities/{id}/edit). */
public class LocalityFormPage extends Page {

	public LocalityFormPage(WebDriver driver) {
		super(driver);
	}

	public LocalityFormPage name(String name) {
		type(By.id("name"), name);
		return this;
	}

	public LocalityFormPage ward(String ward) {
		type(By.id("ward"), ward);
		return this;
	}

	/** Chooses a status by the words on its radio button, for example "Roll-out". */
	public LocalityFormPage status(String label) {
		WebElement radio = driver.findElements(By.cssSelector("input[name=status]")).stream()
			.filter(input -> driver.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']"))
				.getText().strip().equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No status radio labelled " + label));
		// The label is what a person clicks; the GOV.UK radio input itself is visually replaced.
		driver.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")).click();
		return this;
	}

	public LocalityFormPage startDate(String day, String month, String year) {
		type(By.id("startDate"), day);
		type(By.id("startDate-month"), month);
		type(By.id("startDate-year"), year);
		return this;
	}

	public LocalityFormPage base(String base) {
		type(By.id("base"), base);
		return this;
	}

	public LocalityFormPage neighbourhoodManager(String manager) {
		type(By.id("neighbourhoodManager"), manager);
		return this;
	}

	public LocalityFormPage staffCount(String count) {
		type(By.id("staffCount"), count);
		return this;
	}

	public LocalityFormPage fundingNotes(String notes) {
		type(By.id("fundingNotes"), notes);
		return this;
	}

	/** One partner organisation per line. */
	public LocalityFormPage partners(String... partners) {
		type(By.id("partnerOrganisations"), String.join("\n", partners));
		return this;
	}

	public String ward() {
		return valueOf(By.id("ward"));
	}

	public boolean fieldMarkedWrong(String id) {
		return isShown(By.id(id + "-error"));
	}

	/** Submits the form and waits for the next page (the locality, or this form again with errors). */
	public void save() {
		clickAndWaitForNextPage(By.id("save"));
	}
}

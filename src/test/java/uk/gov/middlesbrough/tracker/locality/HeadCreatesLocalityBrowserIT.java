package uk.gov.middlesbrough.tracker.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.audit.AuditTrailPage;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

class HeadCreatesLocalityBrowserIT extends BrowserTest {

	@Test
	void headCorrectsMistakesThenAddsALocalityThatIsListedAndAudited() {
		String name = "Hemlington Grange " + UUID.randomUUID().toString().substring(0, 8);
		signIn("head");

		visit("/localities");
		screenshot("head-creates-locality-1-list");
		click(By.id("add-locality"));
		assertAccessible();
		assertThat(currentPath()).isEqualTo("/localities/new");
		assertThat(heading()).isEqualTo("Add a locality");

		LocalityFormPage form = new LocalityFormPage(driver);
		form.ward("Hemlington").startDate("31", "2", "2023").save();
		assertAccessible();
		screenshot("head-creates-locality-2-form-with-errors");
		assertThat(form.title()).startsWith("Error: Add a locality");
		assertThat(form.errorSummary()).contains(
				new ErrorLink("Enter the locality name", "#name"),
				new ErrorLink("Select the status", "#status"),
				new ErrorLink("The start date must be a real date", "#startDate"));
		assertThat(form.fieldMarkedWrong("name")).isTrue();
		assertThat(form.fieldMarkedWrong("startDate")).isTrue();
		assertThat(form.ward()).as("what was typed is kept").isEqualTo("Hemlington");
		// GOV.UK Frontend's script moves focus to the field when its summary link is followed.
		driver.findElement(By.cssSelector(".govuk-error-summary__list a[href='#name']")).click();
		assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("name");

		form.name(name)
			.status("Pilot")
			.startDate("1", "9", "2025")
			.base("Hemlington Library")
			.neighbourhoodManager("Neighbourhood Manager (Middlesbrough Council)")
			.staffCount("9")
			.fundingNotes("Funded from the Stronger Communities budget for two years")
			.partners("Cleveland Police", "Thirteen Housing")
			.save();
		assertAccessible();
		screenshot("head-creates-locality-3-locality-page");
		assertThat(currentPath()).matches("/localities/\\d+");
		String id = currentPath().substring("/localities/".length());
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Locality " + name + " added");
		assertThat(heading()).isEqualTo(name);
		assertThat(driver.findElement(By.id("locality-details")).getText())
			.contains("Hemlington", "Pilot", "1 September 2025", "Hemlington Library", "9");
		assertThat(all(By.cssSelector("#partners li"))).extracting(WebElement::getText)
			.containsExactly("Cleveland Police", "Thirteen Housing");

		click(By.linkText("All localities"));
		assertAccessible();
		assertThat(all(By.cssSelector("#localities tbody th a"))).extracting(WebElement::getText).contains(name);

		visit("/audit");
		AuditTrailPage audit = new AuditTrailPage(driver).filterByRecordType("Locality");
		assertAccessible();
		screenshot("head-creates-locality-4-audit");
		assertThat(audit.selectedRecordType()).isEqualTo("Locality");
		List<AuditTrailPage.Entry> entries = audit.entries();
		assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.record()).contains("Locality "));
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.what()).isEqualTo("Added");
			assertThat(entry.record()).isEqualTo("Added Locality " + name);
			assertThat(entry.href()).isEqualTo("/localities/" + id);
			assertThat(entry.who()).endsWith("(head)");
			assertThat(entry.fields()).contains("Name: " + name, "Status: Pilot", "Start date: 1 September 2025");
		});
	}
}

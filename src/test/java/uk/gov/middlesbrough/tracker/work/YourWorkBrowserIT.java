package uk.gov.middlesbrough.tracker.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * The North Ormesby manager's "your work" on the home page: each kind of item opens the form that settles it. The
 * head of service's counts open a locality's filtered list. Every page checked with axe.
 */
class YourWorkBrowserIT extends BrowserTest {

	@Test
	void theManagersItemsEachOpenTheFormThatSettlesThem() {
		signIn("northormesby.manager");
		visit("/");
		screenshot("your-work-1-manager-home");
		assertThat(driver.findElement(By.id("your-work-heading")).getText()).startsWith("Your work (");

		String action = firstItem("red-amber-actions").getText();
		click(By.cssSelector("ul[aria-labelledby=work-red-amber-actions] li > a"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Update progress");
		String fragment = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
		assertThat(driver.findElement(By.id(fragment)).getText()).contains(action);

		visit("/");
		click(By.cssSelector("ul[aria-labelledby=work-plan-reviews] li > a"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Record a monthly review");

		visit("/");
		String indicator = firstItem("figures-due").getText();
		click(By.cssSelector("ul[aria-labelledby=work-figures-due] li > a"));
		assertAccessible();
		assertThat(heading()).isEqualTo(indicator);
		assertThat(all(By.id("measurement-form"))).hasSize(1);

		visit("/");
		click(By.cssSelector("ul[aria-labelledby=work-caseloads-due] li > a"));
		assertAccessible();
		assertThat(all(By.id("snapshot-form"))).hasSize(1);
	}

	@Test
	void theHeadsCountsOpenALocalitysFilteredList() {
		signIn("head");
		visit("/");
		screenshot("your-work-2-head-home");
		WebElement northOrmesby = driver.findElements(By.cssSelector("#work-by-locality tbody tr")).stream()
			.filter(row -> row.findElement(By.tagName("th")).getText().equals("North Ormesby")).findFirst().orElseThrow();
		String count = northOrmesby.findElement(By.cssSelector("td a")).getText();
		northOrmesby.findElement(By.cssSelector("td a")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/actions?show=red-amber"));
		assertAccessible();
		screenshot("your-work-3-filtered-actions");
		assertThat(heading()).isEqualTo("Red or Amber actions");
		assertThat(driver.findElement(By.id("action-count")).getText()).isEqualTo(count + " actions");
		assertThat(all(By.cssSelector("#locality-actions tbody tr"))).hasSize(Integer.parseInt(count));
	}

	private WebElement firstItem(String group) {
		return driver.findElement(By.cssSelector("ul[aria-labelledby=work-" + group + "] li > a"));
	}
}

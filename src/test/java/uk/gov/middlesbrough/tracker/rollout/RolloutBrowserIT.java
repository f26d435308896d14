package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * The head of service builds a need index over the demo wards (crime and anti-social behaviour weighted 2, children
 * looked after and deprivation 1), sees North Ormesby at the top (it leads on three of the four and is the most
 * deprived), makes a mistake in a weight and is told on the page, saves the index under a name, and opens it again
 * from the roll-out page; the pages pass axe on desktop and phone.
 */
class RolloutBrowserIT extends BrowserTest {

	@Test
	void theHeadBuildsSavesAndRevisitsANeedIndex() {
		String name = "Next ward " + System.nanoTime();
		signIn("head");
		click(By.linkText("Roll-out"));
		assertThat(heading()).isEqualTo("Roll-out planning");
		assertThat(all(By.cssSelector("#wards tbody tr th")).stream().map(WebElement::getText))
			.anySatisfy(ward -> assertThat(ward).contains("North Ormesby", "Locality"))
			.anySatisfy(ward -> assertThat(ward).isEqualTo("Nunthorpe"));
		assertAccessible();
		screenshot("rollout-home");

		click(By.id("build"));
		weight("Crime per 1,000 residents", "2");
		weight("Anti-social behaviour incidents per 1,000 residents", "two");
		weight("Children looked after (% of children)", "1");
		weight("Deprivation rank in Middlesbrough (1 = most deprived)", "1");
		click(By.id("show"));
		assertThat(errorSummary()).extracting(link -> link.message()).containsExactly(
				"Enter the weight for Anti-social behaviour incidents per 1,000 residents as a number from 0 to 100, like 1 or 2.5");
		assertAccessible();
		weight("Anti-social behaviour incidents per 1,000 residents", "2");
		click(By.id("show"));
		assertThat(firstColumn().get(0)).startsWith("North Ormesby");
		assertThat(all(By.cssSelector("#sensitivity tbody tr"))).hasSize(8);
		assertAccessible();
		screenshot("rollout-build");

		driver.findElement(By.id("name")).sendKeys(name);
		driver.findElement(By.id("purpose")).sendKeys("For the Design and Implementation Group");
		click(By.id("save"));
		assertThat(heading()).isEqualTo(name);
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains(name);
		List<String> saved = firstColumn();
		assertAccessible();
		screenshot("rollout-scenario");

		click(By.linkText("Back to roll-out planning"));
		click(By.linkText(name));
		assertThat(heading()).isEqualTo(name);
		assertThat(firstColumn()).isEqualTo(saved);
		assertThat(driver.findElement(By.id("scenario-summary")).getText()).contains("For the Design and Implementation Group",
				"head");

		useMobileWidth();
		visit(currentPath());
		assertAccessible();
		assertNoSidewaysScrolling();
		screenshot("rollout-scenario-mobile");
	}

	private void weight(String label, String value) {
		WebElement input = driver.findElement(By.id(driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
			.getAttribute("for")));
		input.clear();
		input.sendKeys(value);
	}

	/** The wards in the ranking, in order. */
	private List<String> firstColumn() {
		return all(By.cssSelector("#ranking tbody tr th")).stream().map(WebElement::getText).toList();
	}
}

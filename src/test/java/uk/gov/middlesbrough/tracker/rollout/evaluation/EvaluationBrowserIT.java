package uk.gov.middlesbrough.tracker.rollout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * A panel member evaluates North Ormesby on the demo wards: forgets the measure and is told, then chooses crime and
 * three comparator wards, and reads the before-and-after table, the result in words, the caveats and the chart with its
 * data table; the page passes axe on desktop and phone and does not scroll sideways on a phone.
 */
class EvaluationBrowserIT extends BrowserTest {

	@Test
	void aViewerEvaluatesNorthOrmesbyAgainstWardsTheyChoose() {
		signIn("viewer");
		click(By.linkText("Roll-out"));
		click(By.id("evaluate"));
		assertThat(heading()).isEqualTo("Evaluate a locality");
		assertAccessible();

		new Select(driver.findElement(By.id("locality"))).selectByVisibleText("North Ormesby");
		click(By.id("show"));
		assertThat(errorSummary()).extracting(link -> link.message()).containsExactly("Choose a measure");
		assertAccessible();

		new Select(driver.findElement(By.id("measure"))).selectByVisibleText("Crime per 1,000 residents");
		driver.findElement(By.cssSelector("#choose-comparators summary")).click();
		for (String ward : new String[] { "Central", "Berwick Hills & Pallister", "Brambles & Thorntree" }) {
			driver.findElement(By.xpath("//label[normalize-space()='" + ward + "']")).click();
		}
		click(By.id("show"));
		assertThat(all(By.cssSelector("#evaluation tbody tr"))).hasSize(3);
		assertThat(driver.findElement(By.id("did")).getText()).matches("[−+]?\\d+\\.\\d");
		assertThat(driver.findElement(By.id("in-words")).getText()).startsWith("Crime per 1,000 residents in North Ormesby")
			.contains("before 8 October 2019", "does not prove locality working caused it");
		assertThat(driver.findElement(By.id("comparators")).getText()).contains("Central", "Berwick Hills & Pallister",
				"Brambles & Thorntree");
		assertThat(driver.findElement(By.id("caveats")).getText()).contains("regression to the mean");
		assertThat(driver.findElement(By.id("illustrative-note")).isDisplayed()).isTrue();
		WebElement chart = driver.findElement(By.id("chart"));
		driver.executeScript("arguments[0].scrollIntoView()", chart);
		waitUntil(d -> (Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
		assertThat(all(By.cssSelector("#periods tbody tr"))).hasSizeGreaterThan(10);
		assertAccessible();
		screenshot("evaluation");

		String page = driver.getCurrentUrl();
		String chartSource = chart.getAttribute("src");
		useMobileWidth();
		driver.get(page);
		driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("chart")));
		assertAccessible();
		assertNoSidewaysScrolling();
		screenshot("evaluation-mobile");

		useDesktopWidth();
		driver.get(chartSource);
		screenshot("evaluation-chart");
	}
}

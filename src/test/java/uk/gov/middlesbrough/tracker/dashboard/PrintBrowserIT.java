package uk.gov.middlesbrough.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * A dashboard and the comparison as printed (Chromium emulating print media): the figures, without the navigation,
 * the search, the forms and buttons or the links' addresses, and no table row split across pages.
 */
class PrintBrowserIT extends BrowserTest {

	@AfterEach
	void screenAgain() {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	@Test
	void aPrintedDashboardOrComparisonShowsTheFiguresOnly() {
		signIn("head");
		long newport = localityId("Newport");
		for (String path : List.of("/localities/" + newport + "/dashboard",
				"/compare?locality=" + newport + "&locality=" + localityId("North Ormesby"))) {
			visit(path);
			assertThat(shown("form")).as(path + " on screen").isNotEmpty();
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(shown(".govuk-service-navigation, #signed-in, #header-search, .govuk-footer, form, .govuk-button"))
				.as(path + " printed").isEmpty();
			assertThat(shown("main table")).as(path + " tables printed").isNotEmpty();
			assertThat(shown("h1")).hasSize(1);
			// No "(/localities/1/…)" after links, as GOV.UK Frontend's own print styles add.
			WebElement link = driver.findElements(By.cssSelector("main a.govuk-link")).get(0);
			assertThat(driver.executeScript("return getComputedStyle(arguments[0], '::after').content", link)).isEqualTo("none");
			WebElement row = driver.findElement(By.cssSelector("main tbody tr"));
			assertThat(row.getCssValue("break-inside")).isEqualTo("avoid");
			screenshot("printed-" + (path.startsWith("/compare") ? "comparison" : "dashboard"));
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	private List<WebElement> shown(String css) {
		return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
	}
}

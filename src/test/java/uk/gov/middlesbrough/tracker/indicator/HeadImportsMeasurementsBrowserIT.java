package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/** The head of service imports a measurements CSV through the page and sees the indicator's table and chart take it. */
class HeadImportsMeasurementsBrowserIT extends BrowserTest {

	@Test
	void importsAFigureThroughThePageAndTheIndicatorPageShowsIt() throws IOException {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		String code = "browser-asb-" + System.nanoTime();
		long indicator = fixtures.indicator(code, "COUNT", "LOWER_IS_BETTER", "20", "2");
		long northOrmesby = localityId("North Ormesby");
		fixtures.figure(indicator, northOrmesby, LocalDate.of(2021, 1, 31), "35", "Police figures", Instant.now());
		fixtures.figure(indicator, northOrmesby, LocalDate.of(2021, 2, 28), "30", "Police figures", Instant.now());

		signIn("head");
		visit("/indicators/" + indicator);
		String chartBefore = chartSvg(northOrmesby);
		visit("/indicators");
		click(By.id("import-measurements"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Import measurements");

		chooseFile("bad.csv", "indicator,locality,period,value\n" + code + ",North Ormesby,2021-03-31,abc\n");
		click(By.id("upload"));
		assertAccessible();
		screenshot("indicator-import-report");
		assertThat(driver.findElement(By.id("import-report")).getText()).contains("abc", "value must be a number");

		chooseFile("march.csv", "indicator,locality,period,value,note,source_reference\n"
				+ code + ",North Ormesby,2021-03-31,17,Patrols began,\"Police figures, April 2021\"\n");
		click(By.id("upload"));
		assertAccessible();
		screenshot("indicator-import-preview");
		assertThat(driver.findElement(By.id("preview-counts")).getText()).isEqualTo("1 new, 0 corrected, 0 unchanged");
		assertThat(driver.findElement(By.id("import-preview")).getText()).contains(code, "North Ormesby", "March 2021", "17");

		click(By.id("confirm-import"));
		assertAccessible();
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Import saved: 1 new, 0 corrected, 0 unchanged");
		assertThat(driver.findElement(By.id("import-history")).getText()).contains("march.csv");
		// The banner links to the figures just saved: the one locality's dashboard.
		assertThat(driver.findElement(By.className("govuk-notification-banner__link")).getText())
			.isEqualTo("See the figures for North Ormesby");
		assertThat(driver.findElement(By.className("govuk-notification-banner__link")).getAttribute("href"))
			.endsWith("/localities/" + northOrmesby + "/dashboard");

		visit("/indicators/" + indicator);
		assertThat(driver.findElement(By.id("figures-" + northOrmesby)).getText())
			.contains("March 2021 17 Patrols began Police figures, April 2021");
		// 30 → 17: −13, beyond tolerance 2, lower is better → improving.
		assertThat(driver.findElement(By.id("trend-summary-" + northOrmesby)).getText())
			.isEqualTo("3 figures, January 2021 to March 2021: 35 in January 2021; 30 in February 2021; 17 in March 2021. "
				+ "Lowest 17 in March 2021, highest 35 in January 2021. Latest change 30 to 17: lower is better, so improving.");
		String chartAfter = chartSvg(northOrmesby);
		assertThat(chartAfter).contains("Target 20").isNotEqualTo(chartBefore);
	}

	/** Waits for the page's chart image of a locality to load, checks it drew, and returns the SVG it shows. */
	private String chartSvg(long localityId) {
		WebElement chart = driver.findElement(By.id("chart-" + localityId));
		waitUntil(d -> Boolean.TRUE.equals(driver.executeScript("return arguments[0].complete", chart)));
		assertThat(((Number) driver.executeScript("return arguments[0].naturalWidth", chart)).intValue()).isPositive();
		return (String) driver.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				chart.getDomProperty("src"));
	}

	private void chooseFile(String name, String content) throws IOException {
		Path file = Files.createTempDirectory("measurements").resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		file.toFile().deleteOnExit();
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
	}
}

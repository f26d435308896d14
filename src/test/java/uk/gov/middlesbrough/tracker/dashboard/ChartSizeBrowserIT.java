package uk.gov.middlesbrough.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * Charts people can read: about 600 × 300 on a desktop, the column's full width on a phone without widening the page,
 * drawn (the SVG loads) and described in their text alternative.
 */
class ChartSizeBrowserIT extends BrowserTest {

	@Test
	void dashboardComparisonAndIndicatorChartsAreReadableOnADesktopAndFitAPhone() {
		signIn("head");
		long newport = localityId("Newport");
		List<String> pages = List.of("/localities/" + newport + "/dashboard",
				"/compare?locality=" + newport + "&locality=" + localityId("North Ormesby"),
				"/indicators/" + indicatorId("long-term-empty-homes"));
		for (String path : pages) {
			visit(path);
			WebElement chart = firstChart();
			Map<String, Long> desktop = size(chart);
			assertThat(desktop.get("width")).as(path + " chart width at 1280 px").isGreaterThanOrEqualTo(560);
			assertThat(desktop.get("height")).as(path + " chart height at 1280 px").isGreaterThanOrEqualTo(280);
			assertThat(chart.getDomAttribute("alt")).as(path + " chart's text alternative").startsWith("Line chart of ");
			screenshot("charts-" + name(path) + "-1280");
		}
		useMobileWidth();
		for (String path : pages) {
			visit(path);
			WebElement chart = firstChart();
			Map<String, Long> phone = size(chart);
			assertThat(phone.get("right")).as(path + " chart fits the phone").isLessThanOrEqualTo(viewportWidth());
			assertThat(phone.get("width")).as(path + " chart is the column's width").isGreaterThan(viewportWidth() - 40);
			// Scaled with its width: still 2:1, as its width and height attributes say.
			assertThat(phone.get("width") / (double) phone.get("height")).isBetween(1.9, 2.1);
			assertNoSidewaysScrolling();
			screenshot("charts-" + name(path) + "-375");
		}
	}

	@Test
	void theDashboardsAnnualChartIsDrawnWithItsTargetNamed() {
		signIn("viewer");
		visit("/localities/" + localityId("Newport") + "/dashboard");
		WebElement homes = driver.findElements(By.cssSelector("img.app-chart")).stream()
			.filter(img -> img.getDomAttribute("alt").startsWith("Line chart of Long-term empty homes"))
			.findFirst().orElseThrow();
		driver.executeScript("arguments[0].scrollIntoView()", homes);
		waitUntil(d -> (Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", homes));
		assertThat(homes.getDomAttribute("alt")).isEqualTo("Line chart of Long-term empty homes. 4 figures, 2019 to 2022: "
				+ "148 in 2019; 150 in 2020; 131 in 2021; 138 in 2022. Lowest 131 in 2021, highest 150 in 2020. "
				+ "Latest change 131 to 138: lower is better, so worsening. The dashed line is the target, 100.");
	}

	private long indicatorId(String code) {
		return jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
	}

	private WebElement firstChart() {
		WebElement chart = driver.findElement(By.cssSelector("main img.app-chart"));
		driver.executeScript("arguments[0].scrollIntoView()", chart);
		return chart;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Long> size(WebElement chart) {
		return (Map<String, Long>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
				+ " return {width: Math.round(r.width), height: Math.round(r.height), right: Math.round(r.right)};", chart);
	}

	private static String name(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
	}
}

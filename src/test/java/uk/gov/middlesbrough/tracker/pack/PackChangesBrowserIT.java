package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * The scrutiny officer opens "What has changed since this pack" for the issued demo pack (17 January 2022) and finds a
 * Newport figure corrected after it, with the value before and after the correction and who made it.
 */
class PackChangesBrowserIT extends BrowserTest {

	@Test
	void theDemoPacksChangesListACorrectionMadeAfterItWithBothValues() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		String code = "pack-changes-" + System.nanoTime();
		long indicator = fixtures.indicator(code, "COUNT", "LOWER_IS_BETTER", "20", "2");
		long newport = localityId("Newport");
		fixtures.figure(indicator, newport, LocalDate.of(2022, 1, 31), "21", "January report", Instant.parse("2022-02-10T10:00:00Z"));
		fixtures.correct(indicator, newport, LocalDate.of(2022, 1, 31), "24", "Late reports added", clock.instant());

		signIn("scrutiny");
		visit("/meetings");
		driver.findElements(By.cssSelector("#meetings tbody tr")).stream().filter(row -> row.getText().contains(DemoPack.TOPIC))
			.findFirst().orElseThrow().findElement(By.tagName("a")).click();
		click(By.cssSelector("a[id^='changes-']"));
		assertThat(heading()).isEqualTo("What has changed since the pack for the meeting of 17 January 2022");
		assertAccessible();
		screenshot("pack-changes");

		WebElement correction = all(By.cssSelector("#changes-table-figures tbody tr")).stream()
			.filter(row -> row.getText().contains("Indicator " + code + ", January 2022: corrected")).findFirst().orElseThrow();
		assertThat(correction.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList())
			.startsWith("21", "24");
		assertThat(correction.getText()).contains("Newport", "fixture");
		// The summary's link leads to the figures' table.
		driver.findElement(By.cssSelector("#changes-summary a[href='#changes-figures']")).click();
		waitUntil(d -> d.getCurrentUrl().endsWith("#changes-figures"));

		useMobileWidth();
		visit(currentPath().replace("#changes-figures", ""));
		assertAccessible();
		assertNoSidewaysScrolling();
		screenshot("pack-changes-mobile");
	}
}

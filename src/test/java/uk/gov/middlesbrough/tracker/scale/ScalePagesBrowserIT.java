package uk.gov.middlesbrough.tracker.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFixtures;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * The states pages take at scale, in Chromium with axe: the indicator page's latest figures by locality with one
 * locality's history, and a paged list, at desktop and phone widths. Its localities have names of their own, their
 * caseloads are under threshold and the indicator has no target and improves, so nothing joins the DIG list other tests read.
 */
class ScalePagesBrowserIT extends BrowserTest {

	private final Instant recorded = Instant.parse("2024-03-10T09:00:00Z");

	@Test
	void theIndicatorPageByLocalityAndPagedEarlierFiguresAreAccessible() {
		IndicatorFixtures indicators = new IndicatorFixtures(jdbc);
		long indicator = indicators.indicator("browser-scale-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", null, "1");
		List<Long> localities = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long locality = indicators.locality("Scale Browser Ward " + i + " " + System.nanoTime());
			localities.add(locality);
			indicators.figure(indicator, locality, LocalDate.of(2024, 1, 31), "30", "s", recorded);
			indicators.figure(indicator, locality, LocalDate.of(2024, 2, 29), String.valueOf(30 - i), "s", recorded);
		}
		CaseloadFixtures caseloads = new CaseloadFixtures(jdbc);
		for (int month = 0; month < 55; month++) {
			caseloads.snapshot(localities.get(0), LocalDate.of(2020, 1, 31).plusMonths(month), "SOCIAL_WORKER",
					"Social Worker 1", 20, 10, 2, recorded);
		}

		signIn("head");
		visit("/indicators/" + indicator + "?locality=" + localities.get(3));
		screenshot("indicator-one-locality-at-a-time");
		assertThat(all(By.cssSelector("#latest-by-locality tbody tr"))).hasSize(5);
		assertThat(all(By.cssSelector("section.app-indicator-locality"))).singleElement()
			.satisfies(section -> assertThat(section.getDomAttribute("id")).isEqualTo("locality-" + localities.get(3)));
		click(By.linkText(driver.findElements(By.cssSelector("#latest-by-locality tbody th a")).get(1).getText()));
		assertThat(driver.findElement(By.cssSelector("section.app-indicator-locality")).getDomAttribute("id"))
			.isEqualTo("locality-" + localities.get(1));
		assertAccessible();

		visit("/localities/" + localities.get(0) + "/caseloads");
		assertThat(all(By.cssSelector("#earlier tbody tr"))).hasSize(50);
		click(By.cssSelector(".govuk-pagination__next a"));
		assertThat(driver.getCurrentUrl()).endsWith("/caseloads?earlier=2");
		assertThat(all(By.cssSelector("#earlier tbody tr"))).hasSize(4);
		assertAccessible();
		screenshot("caseloads-earlier-page-2");

		useMobileWidth();
		visit("/indicators/" + indicator);
		assertNoSidewaysScrolling();
		visit("/localities/" + localities.get(0) + "/caseloads?earlier=2");
		assertNoSidewaysScrolling();
		useDesktopWidth();
	}
}

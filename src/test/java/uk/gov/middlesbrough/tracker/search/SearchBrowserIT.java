package uk.gov.middlesbrough.tracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/** A panel member searches from the header on any page and opens what they found. */
class SearchBrowserIT extends BrowserTest {

	@Test
	void theHeaderSearchFindsAnActionAndOpensIt() {
		signIn("viewer");
		visit("/localities");
		driver.findElement(By.id("header-search-q")).sendKeys("Mini Police");
		click(By.cssSelector("#header-search button"));
		assertAccessible();
		screenshot("search-results");
		assertThat(heading()).isEqualTo("Results for “Mini Police”");
		String first = driver.findElement(By.cssSelector("#search-actions li > a")).getText();
		click(By.cssSelector("#search-actions li > a"));
		assertAccessible();
		assertThat(heading()).isEqualTo(first);
	}
}

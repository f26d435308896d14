package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/** A panel member reads the issued demo pack in the browser, on a desktop and on a phone. */
class PackReadBrowserIT extends BrowserTest {

	@Test
	void aPanelMemberReadsTheIssuedPackOnAPhone() {
		signIn("viewer");
		visit("/meetings");
		driver.findElements(By.cssSelector("#meetings tbody tr")).stream().filter(row -> row.getText().contains(DemoPack.TOPIC))
			.findFirst().orElseThrow().findElement(By.tagName("a")).click();
		click(By.cssSelector("a[id^='read-']"));
		assertAccessible();
		screenshot("pack-read-desktop");
		assertThat(driver.findElements(By.cssSelector("#pack-body .chapter h2")).stream().map(h -> h.getText()).toList())
			.startsWith("1 Summary", "2 Newport");
		// The contents lead to the numbered chapters.
		driver.findElement(By.cssSelector("ul.contents a[href='#s3']")).click();
		waitUntil(d -> d.getCurrentUrl().endsWith("#s3"));

		useMobileWidth();
		visit(currentPath().replace("#s3", ""));
		assertAccessible();
		assertNoSidewaysScrolling();
		screenshot("pack-read-mobile");
		// On a phone each row of the summary is a card, each figure named by its column (shown before it by CSS).
		Object labels = driver.executeScript("""
				return Array.from(document.querySelectorAll('.summary tbody tr:first-child td')).map(td =>
				  getComputedStyle(td, '::before').content + ' ' + getComputedStyle(td).display)""");
		assertThat(labels.toString()).contains("\"Completion: \" block", "\"Escalations open: \" block");
	}
}

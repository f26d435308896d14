package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

/** Every indicator page in Chromium with axe, forms with their errors, and the indicator page at a phone's width. */
class IndicatorPagesAccessibilityBrowserIT extends BrowserTest {

	private long demo(String code) {
		return jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
	}

	@Test
	void libraryAndIndicatorPagesAreAccessibleAtDesktopAndPhoneWidths() {
		long asb = demo("asb-incidents");
		signIn("head");
		visit("/indicators");
		screenshot("indicator-library");
		assertThat(driver.findElement(By.id("indicators")).getText()).contains("Anti-social behaviour incidents", "Lower is better");

		visit("/indicators/" + asb);
		screenshot("indicator-desktop");
		assertThat(heading()).isEqualTo("Anti-social behaviour incidents");
		assertThat(driver.findElement(By.id("corrections")).getText()).contains("14 to 12");

		visit("/indicators/" + demo("childrens-centre-families"));
		screenshot("indicator-childrens-centre-desktop");

		useMobileWidth();
		visit("/indicators/" + asb);
		screenshot("indicator-mobile");
		assertNoSidewaysScrolling();
		visit("/indicators");
		screenshot("indicator-library-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void indicatorFormsAreAccessibleEmptyAndWithErrors() {
		signIn("admin");
		visit("/indicators/new");
		click(By.id("save"));
		assertAccessible();
		screenshot("indicator-new-with-errors");
		assertThat(errorSummary()).startsWith(new ErrorLink("Enter a code", "#code"),
				new ErrorLink("Enter the indicator’s name", "#name"), new ErrorLink("Select the unit", "#unit"));
		visit("/indicators/" + demo("owner-occupiers") + "/edit");
		assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Owner-occupied homes");
	}

	@Test
	void theFigureFormIsAccessibleWithErrorsAndOffersAManagerOnlyTheirLocality() {
		signIn("northormesby.manager");
		visit("/indicators/" + demo("children-looked-after"));
		assertThat(new Select(driver.findElement(By.id("localityId"))).getOptions()).extracting(option -> option.getText())
			.containsExactly("Choose", "North Ormesby");
		driver.findElement(By.id("value")).sendKeys("101");
		click(By.id("save-figure"));
		assertAccessible();
		screenshot("indicator-figure-with-errors");
		assertThat(errorSummary()).contains(new ErrorLink("Enter the period", "#period"),
				new ErrorLink("Enter a percentage from 0 to 100 with up to 2 decimal places, like 7.54", "#value"));
	}
}

package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Every plan page in Chromium with axe, including forms with errors, and the plan page at a phone's width. */
class PlanPagesAccessibilityBrowserIT extends BrowserTest {

	private long locality;
	private long plan;
	private long action;

	@BeforeEach
	void data() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		locality = fixtures.locality("North Ormesby");
		plan = fixtures.plan(locality, 2);
		LocalDate today = LocalDate.now(AsOf.UK);
		action = fixtures.action(plan, "Children's Centre registrations promoted in several languages", today.minusDays(60),
				today.plusDays(60), "1", Instant.now());
		fixtures.progress(action, 35, Instant.now());
	}

	@Test
	void localityPlansPlanAndActionPagesAreAccessible() {
		signIn("head");
		visit("/localities/" + locality + "/plans");
		screenshot("plans-locality");
		assertThat(driver.findElement(By.id("plans")).getText()).contains("Better Outcomes for Children");

		visit("/plans/" + plan);
		screenshot("plan-desktop");
		assertThat(heading()).isEqualTo("Better Outcomes for Children");
		assertThat(driver.findElement(By.id("objectives")).getText()).contains("Stronger families", "Fewer children looked after");

		visit("/actions/" + action);
		screenshot("action");
		assertThat(driver.findElement(By.id("action-status")).getText()).contains("35% complete");

		useMobileWidth();
		visit("/plans/" + plan);
		screenshot("plan-mobile");
		assertNoSidewaysScrolling();
		visit("/actions/" + action);
		screenshot("action-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void actionFormIsAccessibleEmptyAndWithErrors() {
		signIn("head");
		visit("/plans/" + plan + "/actions/new");
		click(By.id("save"));
		assertAccessible();
		screenshot("action-new-with-errors");
		assertThat(errorSummary()).startsWith(new ErrorLink("Enter what will be done", "#specific"),
				new ErrorLink("Enter the measure", "#measure"));
		visit("/actions/" + action + "/edit");
		assertThat(driver.findElement(By.id("specific")).getText()).contains("Children's Centre registrations");
	}

	@Test
	void progressWithErrorsReviewAndPlanFormsAreAccessible() {
		signIn("head");
		visit("/actions/" + action);
		click(By.id("record-progress"));
		assertAccessible();
		assertThat(errorSummary()).contains(new ErrorLink("Enter the percentage complete", "#completion"));

		visit("/plans/" + plan + "/reviews/new");
		click(By.id("save"));
		assertAccessible();
		screenshot("review-with-errors");
		assertThat(errorSummary()).contains(new ErrorLink("Enter notes of the review", "#notes"));

		visit("/plans/" + plan + "/edit");
		screenshot("plan-edit");
		assertThat(heading()).isEqualTo("Change plan details");
	}

	@Test
	void planTemplatePagesAreAccessible() {
		signIn("admin");
		visit("/admin/plan-template");
		screenshot("plan-template");
		assertThat(driver.findElement(By.id("themes")).getText()).contains("1. Making People Feel Safe", "Cleveland Police",
				"9. Employment, Skills and Financial Inclusion");
		// Reflows at 320 CSS pixels (WCAG 1.4.10): nothing in the page is wider than the screen, not even in a scroller.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 320, "height", 640,
				"deviceScaleFactor", 1, "mobile", false));
		waitUntil(d -> viewportWidth() <= 320);
		assertNoSidewaysScrolling();
		assertThat(driver.executeScript("""
				return [...document.querySelectorAll('main *:not(.govuk-visually-hidden)')].filter(e => e.scrollWidth > e.clientWidth + 1
				    && getComputedStyle(e).overflowX !== 'visible').map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)""")).asList().isEmpty();
		screenshot("plan-template-320");
		useDesktopWidth();
		click(By.partialLinkText("Change"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Change a theme");
	}
}

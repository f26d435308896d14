package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** The head records what DIG decided about a raised item, creating the follow-up action in the same step (axe throughout). */
class DigDecisionBrowserIT extends BrowserTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Test
	void theHeadRecordsADigDecisionThatCreatesAnAction() {
		LocalDate today = LocalDate.now(AsOf.UK);
		EscalationFixtures fixtures = new EscalationFixtures(jdbc);
		long locality = fixtures.locality("Decision Browser Ward " + System.nanoTime());
		fixtures.reviewAll(locality, today.withDayOfMonth(1).minusMonths(1).plusDays(4));
		long plan = fixtures.plans.plan(locality, 1);
		long action = fixtures.plans.action(plan, "Deliver the Mini Police programme in both schools", today.minusDays(90),
				today.minusDays(3), "1", Instant.now().minusSeconds(600));
		String key = EscalationKeys.redAction(action);
		jdbc.update("""
				insert into escalation_mark (escalation_key, locality_id, kind, subject, reason, source_path, raised_on, note, recorded_by)
				values (?, ?, 'RED_ACTION', 'Deliver the Mini Police programme in both schools', 'Red', '/actions/' || ?, ?,
				        'Raised with the Neighbourhood Policing Team', 'head')""", key, locality, action, today.minusDays(7));

		signIn("head");
		visit("/localities/" + locality + "/escalations");
		EscalationListPage list = new EscalationListPage(driver);
		assertThat(list.item(key)).contains("Awaiting decision");
		click(By.cssSelector("#" + EscalationKeys.anchor(key) + " a[href*='/escalations/decision']"));
		assertThat(heading()).isEqualTo("Record the DIG decision");
		assertAccessible();
		screenshot("dig-decision-form");

		click(By.id("save"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(errorSummary()).contains(new ErrorLink("Enter what DIG decided", "#decision"),
				new ErrorLink("Enter who is to act on the decision", "#actionBy"));
		assertAccessible();
		screenshot("dig-decision-form-errors");

		driver.findElement(By.id("decision")).sendKeys("Police to cover the surgeries until March; review in February");
		driver.findElement(By.id("actionBy")).sendKeys("Inspector, Cleveland Police");
		type("reviewOn", today.plusDays(60));
		driver.findElement(By.id("createAction1")).click();
		new Select(driver.findElement(By.id("planId"))).selectByIndex(1);
		driver.findElement(By.id("actionText")).sendKeys("Hold the Mini Police sessions with police cover in both schools");
		type("actionDue", today.plusDays(30));
		assertAccessible();
		click(By.id("save"));

		assertThat(currentPath()).startsWith("/actions/");
		assertThat(driver.findElement(By.id("main-content")).getText())
			.contains("DIG decision recorded for", "Hold the Mini Police sessions with police cover in both schools");
		assertAccessible();
		screenshot("dig-decision-follow-up-action");

		visit("/localities/" + locality + "/escalations");
		assertThat(list.item(key)).contains("Decided", "decided 7 days after it was raised",
				"DIG decided on " + DAY.format(today) + ": Police to cover the surgeries until March; review in February",
				"To act: Inspector, Cleveland Police", "Follow-up action");
		screenshot("dig-decision-on-the-list");
	}

	private void type(String field, LocalDate day) {
		driver.findElement(By.id(field)).clear();
		driver.findElement(By.id(field)).sendKeys(String.valueOf(day.getDayOfMonth()));
		driver.findElement(By.id(field + "-month")).clear();
		driver.findElement(By.id(field + "-month")).sendKeys(String.valueOf(day.getMonthValue()));
		driver.findElement(By.id(field + "-year")).clear();
		driver.findElement(By.id(field + "-year")).sendKeys(String.valueOf(day.getYear()));
	}
}

package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The DIG list and the mark form in Chromium, with axe on every page and after every submit, at desktop and phone
 * widths, with screenshots in target/screenshots.
 */
class EscalationBrowserIT extends BrowserTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Test
	void theHeadFiltersTheListMarksAnItemThroughTheFormAndDownloadsTheList() throws Exception {
		LocalDate today = LocalDate.now(AsOf.UK);
		EscalationFixtures fixtures = new EscalationFixtures(jdbc);
		String name = "Browser Ward " + System.nanoTime();
		long locality = fixtures.locality(name);
		fixtures.reviewAll(locality, today.withDayOfMonth(1).minusMonths(1).plusDays(4));
		long action = fixtures.plans.action(fixtures.plans.plan(locality, 1), "Deliver the Mini Police programme in both schools",
				today.minusDays(90), today.minusDays(3), "1", Instant.now().minusSeconds(600));
		fixtures.caseloads.snapshot(locality, today.minusDays(4), "EARLY_HELP_PRACTITIONER", "Early Help Practitioner 1", 29, 12, 8,
				Instant.now().minusSeconds(600));
		String actionKey = EscalationKeys.redAction(action);

		signIn("head");
		// The list across every locality grows with every other test's localities (hundreds of rows by the end of a
		// run, minutes for axe), so this test filters to its own locality and marks from that locality's list.
		visit("/escalations?locality=" + locality);
		assertThat(heading()).isEqualTo("Escalations to DIG");
		EscalationListPage list = new EscalationListPage(driver);
		list.tick("Red actions").tick("Caseloads over threshold").filter();
		assertAccessible();
		screenshot("escalations-filtered");
		assertThat(list.showing()).isEqualTo("Showing 2 items of 2");
		assertThat(list.openItemKinds()).containsExactly("Red action", "Caseload over threshold");
		assertThat(list.count(Kinds.RED_ACTION)).isEqualTo("1");
		assertThat(list.item(EscalationKeys.overThreshold(locality, uk.gov.middlesbrough.tracker.caseload.CaseloadRole.EARLY_HELP_PRACTITIONER,
				"Early Help Practitioner 1")))
			.contains("Early help practitioner: Early Help Practitioner 1",
					"Over threshold: 29 children on " + DAY.format(today.minusDays(4)) + ", against a threshold of 26", "Not raised yet");

		visit("/localities/" + locality + "/escalations");
		list.markItem(actionKey);
		assertAccessible();
		screenshot("escalation-mark-form");
		MarkFormPage form = new MarkFormPage(driver);
		assertThat(form.heading()).isEqualTo("Mark as raised at DIG");
		assertThat(form.why()).startsWith("Red: 0% complete and past its due date of " + DAY.format(today.minusDays(3)));
		form.raisedOn("", "", "").note("").save();
		assertAccessible();
		screenshot("escalation-mark-form-errors");
		assertThat(errorSummary()).containsExactly(new ErrorLink("Enter the date it was raised at DIG", "#raisedOn"),
				new ErrorLink("Enter a note of what was raised at DIG", "#note"));

		useMobileWidth();
		assertAccessible();
		screenshot("escalation-mark-form-errors-mobile");
		assertNoSidewaysScrolling();
		useDesktopWidth();

		form.raisedOn(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()))
			.note("Raised with the Neighbourhood Policing Team; a new date agreed with both schools").save();
		assertAccessible();
		screenshot("escalations-after-mark");
		assertThat(currentPath()).isEqualTo("/localities/" + locality + "/escalations");
		assertThat(list.banner()).contains("Marked as raised at DIG on " + DAY.format(today)
				+ ": Deliver the Mini Police programme in both schools");

		visit("/escalations?locality=" + locality);
		assertThat(list.item(actionKey)).contains("Raised at DIG on " + DAY.format(today)
				+ ": Raised with the Neighbourhood Policing Team; a new date agreed with both schools", "Mark as raised again");
		Path csv = download(By.id("export-csv"));
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines).hasSize(3);
		assertThat(lines).anyMatch(line -> line.contains("Deliver the Mini Police programme in both schools")
				&& line.contains("a new date agreed with both schools"));

		useMobileWidth();
		visit("/escalations?locality=" + locality);
		screenshot("escalations-locality-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void aPanelMemberReadsNorthOrmesbysListWithItsMarkedAndResolvedItems() {
		long northOrmesby = localityId("North Ormesby");
		signIn("viewer");
		visit("/localities/" + northOrmesby + "/escalations");
		screenshot("escalations-north-ormesby");
		assertThat(driver.findElement(By.cssSelector(".govuk-caption-l")).getText()).isEqualTo("North Ormesby");
		assertThat(all(By.cssSelector("a[href*='/escalations/mark']"))).isEmpty();
		EscalationListPage list = new EscalationListPage(driver);
		assertThat(list.resolved()).contains("Anti-social behaviour incidents",
				"Worsening: 35 in May 2021 to 50 in June 2021; lower is better", "Raised at DIG on 13 July 2021; no longer listed");
		assertThat(driver.findElement(By.id("open-items")).getText()).contains("Hold a monthly street surgery", "Raised at DIG on");

		useMobileWidth();
		visit("/localities/" + northOrmesby + "/escalations");
		screenshot("escalations-north-ormesby-mobile");
		assertNoSidewaysScrolling();
		visit("/escalations");
		screenshot("escalations-all-mobile");
		assertNoSidewaysScrolling();
	}
}

package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The Newport manager reads Newport's caseloads with the over-threshold posts flagged in words, records a
 * post's figures, corrects them, imports a small CSV through the page (preview, confirm), and is refused
 * figures for North Ormesby. Every page is checked with axe, at desktop and phone widths.
 */
class ManagerRecordsCaseloadsBrowserIT extends BrowserTest {

	@Test
	void newportsManagerReadsRecordsCorrectsAndImportsCaseloads() throws IOException {
		long newport = localityId("Newport");
		LocalDate today = LocalDate.now(AsOf.UK);
		signIn("newport.manager");
		visit("/localities/" + newport + "/caseloads");
		screenshot("caseloads-1-newport");
		CaseloadsPage page = new CaseloadsPage(driver);
		assertThat(page.latest()).contains("Senior Practitioner 1", "Over threshold: 29 children, threshold 26",
				"Senior Practitioner 2", "Over threshold: 28 children, threshold 26");
		assertThat(page.overSummary()).isEqualTo("2 posts are over their threshold.");

		page.recordNothing();
		assertAccessible();
		screenshot("caseloads-2-record-with-errors");
		assertThat(errorSummary()).startsWith(new ErrorLink("Enter the date of the figures", "#snapshotDate"),
				new ErrorLink("Select the role", "#role"));

		page.record(today, "Social worker", "Social Worker 1", 24, 12, 5);
		assertAccessible();
		assertThat(page.banner()).contains("Figures recorded for Social Worker 1");
		assertThat(page.latest()).contains("Social Worker 1", "Within threshold: 24 children, threshold 25");
		// Figures on two dates now: the chart is drawn (its own SVG, loaded as an image) beside its summary and table.
		WebElement chart = driver.findElement(By.id("chart"));
		assertThat((Long) driver.executeScript("return arguments[0].naturalWidth", chart)).isPositive();
		assertThat(driver.findElement(By.id("chart-summary")).getText()).contains("Senior Practitioner 1: 29 children on 22 November 2021");
		screenshot("caseloads-3-recorded-with-chart");

		page.correct("Social Worker 1");
		assertAccessible();
		screenshot("caseloads-4-correct");
		driver.findElement(By.id("children")).clear();
		driver.findElement(By.id("children")).sendKeys("27");
		click(By.id("save"));
		assertAccessible();
		assertThat(page.latest()).contains("Over threshold: 27 children, threshold 25");
		assertThat(page.corrections()).contains("Social Worker 1", "24 / 12 / 5", "27 / 12 / 5", "newport.manager");

		page.importFromCsv();
		assertAccessible();
		screenshot("caseloads-5-import");
		Path file = Files.createTempFile("newport-caseloads", ".csv");
		Files.writeString(file, """
				locality,snapshot_date,role,post_label,children,families,children_under_six_months
				Newport,%s,EARLY_HELP_PRACTITIONER,Early Help Practitioner 1,27,11,9
				Newport,%s,SOCIAL_WORKER,Social Worker 2,23,10,4
				""".formatted(today, today), StandardCharsets.UTF_8);
		CaseloadImportPage importPage = new CaseloadImportPage(driver).upload(file);
		assertAccessible();
		screenshot("caseloads-6-import-preview");
		assertThat(importPage.previewCounts()).isEqualTo("2 new, 0 corrected, 0 unchanged");
		importPage.confirm();
		assertAccessible();
		assertThat(importPage.banner()).contains("Import saved: 2 new, 0 corrected, 0 unchanged");
		importPage.backToCaseloads();
		assertAccessible();
		assertThat(page.latest()).contains("Early Help Practitioner 1", "Over threshold: 27 children, threshold 26",
				"Social Worker 2", "Within threshold: 23 children, threshold 25");

		useMobileWidth();
		visit("/localities/" + newport + "/caseloads");
		screenshot("caseloads-7-newport-mobile");
		assertNoSidewaysScrolling();
		visit("/caseloads/import");
		screenshot("caseloads-8-import-mobile");
		assertNoSidewaysScrolling();
		visit("/localities/" + newport + "/caseloads");
		page.correct("Social Worker 1");
		assertAccessible();
		screenshot("caseloads-12-correct-mobile");
		assertNoSidewaysScrolling();
		Files.delete(file);
	}

	@Test
	void theImportReportsEveryBadRowOnThePage() throws IOException {
		signIn("newport.manager");
		visit("/caseloads/import");
		Path file = Files.createTempFile("bad-caseloads", ".csv");
		Files.writeString(file, """
				locality,snapshot_date,role,post_label,children,families,children_under_six_months
				North Ormesby,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,34,14,22
				Newport,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Jane Smith,abc,14,22
				""", StandardCharsets.UTF_8);
		CaseloadImportPage importPage = new CaseloadImportPage(driver).upload(file);
		assertAccessible();
		screenshot("caseloads-9-import-report");
		assertThat(importPage.report()).contains("You can only import figures for your own locality, not North Ormesby",
				"not a person’s name", "children must be a number");
		Files.delete(file);
	}

	@Test
	void newportsManagerCannotEnterFiguresForNorthOrmesby() {
		long newport = localityId("Newport");
		long northOrmesby = localityId("North Ormesby");
		signIn("newport.manager");
		visit("/localities/" + northOrmesby + "/caseloads");
		CaseloadsPage page = new CaseloadsPage(driver);
		assertThat(page.latest()).contains("Over threshold: 34 children, threshold 26");
		assertThat(page.offersForms()).isFalse();

		// Post Newport's form (with its valid CSRF token) to North Ormesby's address: refused.
		visit("/localities/" + newport + "/caseloads");
		driver.executeScript("document.getElementById('snapshot-form').action = arguments[0]",
				"/localities/" + northOrmesby + "/caseloads/snapshots");
		new CaseloadsPage(driver).record(LocalDate.now(AsOf.UK), "Early help senior practitioner", "Senior Practitioner 3", 30, 12,
				8);
		assertAccessible();
		assertThat(heading()).isEqualTo("You do not have permission to do this");
		assertThat(jdbc.queryForObject("select count(*) from caseload_snapshot where locality_id = ? and post_label = 'Senior Practitioner 3'",
				Integer.class, northOrmesby)).isZero();
		visit("/localities/" + northOrmesby + "/caseloads/snapshots/" + jdbc.queryForObject(
				"select id from caseload_snapshot where locality_id = ? limit 1", Long.class, northOrmesby) + "/edit");
		assertThat(heading()).isEqualTo("You do not have permission to do this");
	}

	@Test
	void theHeadOfServiceSeesTheStaffingFormAndNorthOrmesbyAtPhoneWidth() {
		signIn("head");
		long northOrmesby = localityId("North Ormesby");
		visit("/localities/" + northOrmesby + "/caseloads");
		screenshot("caseloads-10-north-ormesby-head");
		assertThat(driver.findElement(By.id("staffing")).getText()).contains("Social workers 3", "Early help senior practitioners 1");
		driver.findElement(By.id("earlyHelpPractitioner")).sendKeys("x");
		click(By.id("save-staffing"));
		assertAccessible();
		assertThat(errorSummary()).contains(new ErrorLink("Early help practitioners must be a whole number, like 2",
				"#earlyHelpPractitioner"));
		useMobileWidth();
		visit("/localities/" + northOrmesby + "/caseloads");
		screenshot("caseloads-11-north-ormesby-mobile");
		assertNoSidewaysScrolling();
	}
}

package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

/**
 * The pilots' survey pages show the papers' figures and say the sample size is not recorded; the North Ormesby
 * manager adds a wave with a sample size and a figure and sees its interval; then imports the next wave from a
 * CSV through the page (preview, then confirm) and sees the verdict on the change. Every page is checked with axe,
 * at desktop and phone widths.
 */
class SurveyBrowserIT extends BrowserTest {

	@Test
	void thePilotsSurveyPagesShowThePapersFiguresAndSayWhenTheSampleSizeIsNotRecorded() {
		signIn("viewer");
		visit("/surveys");
		screenshot("survey-index");
		click(By.linkText("Newport"));
		assertAccessible();
		screenshot("survey-newport-desktop");
		SurveyPage newport = new SurveyPage(driver);
		assertThat(heading()).isEqualTo("Resident survey");
		assertPapersFigures(newport, "safe_day", "31.18%", "35.49%", "68.65%");
		assertPapersFigures(newport, "safe_dark", "9.68%", "12.9%", "48.98%");
		assertThat(newport.row("safe_dark", "March 2021")).contains("Sample size not recorded",
				"Up 3.22 points since September 2020: cannot tell: sample size not recorded");
		assertThat(newport.summary("safe_dark")).isEqualTo("In Newport: 9.68% in September 2020, 12.9% in March 2021 and 48.98% "
				+ "in September 2021. Up 39.3 points from September 2020 to September 2021 (cannot tell: sample size not recorded).");
		assertThat(all(By.id("add-wave"))).isEmpty();

		click(By.partialLinkText("All localities"));
		click(By.linkText("North Ormesby"));
		assertAccessible();
		SurveyPage northOrmesby = new SurveyPage(driver);
		assertPapersFigures(northOrmesby, "safe_day", "32.61%", "51.51%", "77.14%");
		assertPapersFigures(northOrmesby, "safe_dark", "13.04%", "21.21%", "31.42%");

		useMobileWidth();
		visit(currentPath());
		screenshot("survey-north-ormesby-mobile");
		assertNoSidewaysScrolling();
	}

	/** The papers' three waves, in order, each with its figure as the papers write it. */
	private static void assertPapersFigures(SurveyPage page, String questionCode, String... figures) {
		List<String> waves = List.of("September 2020", "March 2021", "September 2021");
		assertThat(waves.stream().map(wave -> page.percent(questionCode, wave)).toList()).containsExactly(figures);
	}

	@Test
	void aManagerAddsAWaveWithASampleSizeSeesTheIntervalThenImportsTheNextWave() {
		signIn("northormesby.manager");
		long northOrmesby = localityId("North Ormesby");
		visit("/localities/" + northOrmesby + "/surveys");
		click(By.id("add-wave"));
		assertAccessible();
		click(By.id("save"));
		assertAccessible();
		screenshot("survey-wave-with-errors");
		assertThat(errorSummary()).containsExactly(new ErrorLink("Enter the name of the wave", "#name"),
				new ErrorLink("Enter the fieldwork date", "#fieldworkDate"));

		driver.navigate().back();
		driver.navigate().back();
		visit("/localities/" + northOrmesby + "/surveys");
		SurveyPage page = new SurveyPage(driver);
		page.addWave("March 2022", LocalDate.of(2022, 3, 31), "120");
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("Survey wave March 2022 added");
		assertThat(page.row("safe_day", "March 2022")).contains("Not recorded", "Record");

		page.openResult("safe_day", "March 2022");
		assertAccessible();
		assertThat(heading()).isEqualTo("Record a survey result");
		page.saveResult("80.5%", "");
		assertAccessible();
		screenshot("survey-after-recording");
		// 80.5 % of the wave's 120: Wilson 95 % interval 72.5 % to 86.6 %; September 2021 has no sample size.
		assertThat(page.percent("safe_day", "March 2022")).isEqualTo("80.5%");
		assertThat(page.row("safe_day", "March 2022")).contains("120 (whole wave)", "72.5% to 86.6%",
				"Up 3.36 points since September 2021: cannot tell: sample size not recorded");

		visit("/surveys/import");
		screenshot("survey-import");
		SurveyImportPage importPage = new SurveyImportPage(driver);
		importPage.upload("north-ormesby-september-2022.csv", """
				locality,wave,wave_date,question,percentage_agreeing,respondents
				North Ormesby,September 2022,2022-09-30,safe_day,82,150
				North Ormesby,September 2022,2022-09-30,safe_dark,40,150
				""");
		assertAccessible();
		screenshot("survey-import-preview");
		assertThat(importPage.counts()).isEqualTo("2 new, 0 corrected, 0 unchanged");
		assertThat(importPage.newWaves()).contains("September 2022 in North Ormesby, fieldwork date 30 September 2022");
		assertThat(importPage.previewTable()).contains("September 2022 (new wave)", "Feeling safe after dark", "40%");
		importPage.confirm();
		assertAccessible();
		assertThat(importPage.banner()).contains("Import saved: 2 new, 0 corrected, 0 unchanged");
		assertThat(driver.findElement(By.id("import-history")).getText()).contains("north-ormesby-september-2022.csv",
				"northormesby.manager");

		visit("/localities/" + northOrmesby + "/surveys");
		screenshot("survey-after-import-desktop");
		// 80.5 % of 120 → 82 % of 150: z = 0.314, p = 0.75: not significant. After dark: March 2022 has no figure,
		// so the change is from September 2021, which has no sample size.
		assertThat(page.row("safe_day", "September 2022")).contains("82%", "150", "75.1% to 87.3%",
				"Up 1.5 points since March 2022: not significant");
		assertThat(page.row("safe_dark", "September 2022")).contains("40%", "32.5% to 48%",
				"Up 8.58 points since September 2021: cannot tell: sample size not recorded");
		useMobileWidth();
		visit("/localities/" + northOrmesby + "/surveys");
		screenshot("survey-after-import-mobile");
		assertNoSidewaysScrolling();
		visit("/surveys/import");
		screenshot("survey-import-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void theQuestionAndResultFormsShowTheirErrorsAccessibly() {
		signIn("head");
		visit("/surveys/questions/new");
		click(By.id("save"));
		assertAccessible();
		screenshot("survey-question-with-errors");
		assertThat(errorSummary()).containsExactly(new ErrorLink("Enter the question", "#text"),
				new ErrorLink("Enter the code", "#code"));

		visit("/localities/" + localityId("Newport") + "/surveys");
		SurveyPage page = new SurveyPage(driver);
		page.openResult("safe_dark", "March 2021");
		assertThat(heading()).isEqualTo("Correct a survey result");
		screenshot("survey-result-correct");
		page.saveResult("101", "0");
		assertAccessible();
		assertThat(errorSummary()).containsExactly(new ErrorLink("Percentage agreeing must be between 0 and 100", "#percentage"),
				new ErrorLink("Number of respondents must be 1 or more", "#respondents"));
		useMobileWidth();
		assertNoSidewaysScrolling();
		screenshot("survey-result-errors-mobile");
	}
}

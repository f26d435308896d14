package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.middlesbrough.tracker.importing.ImportProblem;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class SurveyImportIT extends IntegrationTest {

	private static final String HEADER = "locality,wave,wave_date,question,percentage_agreeing,respondents\n";

	@Autowired
	UserDetailsService users;

	private SurveyFixtures fixtures;
	private String ward;
	private long locality;

	@BeforeEach
	void locality() {
		fixtures = new SurveyFixtures(jdbc);
		ward = "Import Ward " + System.nanoTime();
		locality = fixtures.locality(ward);
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private ResultActions upload(String username, String fileName, String content) throws Exception {
		return mvc.perform(multipart("/surveys/import")
				.file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
				.with(user(as(username))).with(csrf()));
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private int staged() {
		return count("select count(*) from import_batch where kind = 'SURVEY_RESULTS'");
	}

	@Test
	void aThousandGoodRowsAndOneBadRowSaveNothingAndTheReportNamesTheBadRow() throws Exception {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			// Row numbers as a spreadsheet shows them: the header is row 1, so list index i is row i + 2.
			String percentage = i + 2 == 537 ? "abc" : String.valueOf(i % 100);
			rows.add(ward + ",Wave " + (i / 2) + "," + LocalDate.of(2000, 1, 1).plusDays(i / 2) + ","
					+ (i % 2 == 0 ? "safe_day" : "safe_dark") + "," + percentage + "," + (i % 3 == 0 ? "" : "50"));
		}
		int stagedBefore = staged();

		String page = upload("head", "thousand.csv", HEADER + String.join("\n", rows) + "\n")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 problem was found. Nothing has been saved.")))
			.andReturn().getResponse().getContentAsString();

		String report = page.substring(page.indexOf("id=\"import-report\""));
		assertThat(report.replaceAll("\\s+", " ")).contains(
				"<td class=\"govuk-table__cell govuk-table__cell--numeric\">537</td> <td class=\"govuk-table__cell\">percentage_agreeing</td> <td class=\"govuk-table__cell app-audit-value\">abc</td> <td class=\"govuk-table__cell\">percentage_agreeing must be a number, like 35 or 7.54</td>");
		assertThat(count("select count(*) from survey_wave where locality_id = ?", locality)).isZero();
		assertThat(staged()).isEqualTo(stagedBefore);

		// Corrected, the same file saves all 1,001 figures and the 501 waves it names, in one go.
		rows.set(535, rows.get(535).replace(",abc,", ",42,"));
		String preview = upload("head", "thousand.csv", HEADER + String.join("\n", rows) + "\n").andReturn().getResponse()
			.getRedirectedUrl();
		mvc.perform(get(preview).with(user(as("head")))).andExpect(content().string(containsString("1,001 new, 0 corrected, 0 unchanged")));
		mvc.perform(post(preview + "/confirm").with(user(as("head"))).with(csrf())).andExpect(redirectedUrl("/surveys/import"));
		assertThat(count("select count(*) from survey_wave where locality_id = ?", locality)).isEqualTo(501);
		assertThat(count("select count(*) from survey_result r join survey_wave w on w.id = r.survey_wave_id where w.locality_id = ?",
				locality)).isEqualTo(1001);
	}

	@Test
	void aGoodFileIsPreviewedThenSavedAndTheSameFileAgainChangesNothing() throws Exception {
		long march = fixtures.wave(locality, "March 2021", LocalDate.of(2021, 3, 1), null, Instant.parse("2021-04-15T09:00:00Z"));
		long dark = fixtures.result(march, "safe_dark", "12.9", null, Instant.parse("2021-04-15T09:00:00Z"));
		fixtures.result(march, "safe_day", "35.49", null, Instant.parse("2021-04-15T09:00:00Z"));
		String file = HEADER
				+ ward + ",March 2021,2021-03-01,safe_day,35.49,\n"
				+ ward + ",March 2021,2021-03-01,safe_dark,13.9,93\n"
				+ ward + ",September 2021,2021-09-01,safe_day,68.65,185\n"
				+ ward + ",September 2021,2021-09-01,safe_dark,48.98,\n";

		String preview = upload("head", "waves.csv", file).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(preview).matches("/surveys/import/\\d+");
		long batch = Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1));
		assertThat(count("select count(*) from survey_wave where locality_id = ?", locality)).isOne();

		mvc.perform(get(preview).with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 new, 1 corrected, 1 unchanged")))
			.andExpect(content().string(containsString("September 2021 in " + ward + ", fieldwork date 1 September 2021")))
			.andExpect(content().string(containsString("September 2021 (new wave)")))
			.andExpect(content().string(containsString("12.9%")))
			.andExpect(content().string(containsString("id=\"confirm-import\"")));

		mvc.perform(post(preview + "/confirm").with(user(as("head"))).with(csrf()))
			.andExpect(redirectedUrl("/surveys/import"));

		assertThat(jdbc.queryForList("""
				select w.name || ' ' || w.fieldwork_date || ' ' || q.code || ' ' || r.percentage_agreeing || ' '
				       || coalesce(r.respondents::text, '-')
				from survey_result r join survey_wave w on w.id = r.survey_wave_id join survey_question q on q.id = r.survey_question_id
				where w.locality_id = ? order by w.fieldwork_date, q.position""", String.class, locality))
			.containsExactly("March 2021 2021-03-01 safe_day 35.49 -", "March 2021 2021-03-01 safe_dark 13.90 93",
					"September 2021 2021-09-01 safe_day 68.65 185", "September 2021 2021-09-01 safe_dark 48.98 -");
		assertThat(jdbc.queryForList("""
				select kind || ' ' || coalesce(old_percentage_agreeing::text, '-') || ' ' || percentage_agreeing || ' ' || recorded_by
				from survey_result_history where survey_result_id = ? and import_batch_id = ?""", String.class, dark, batch))
			.containsExactly("CORRECTED 12.90 13.90 head");
		assertThat(count("select count(*) from survey_result_history where import_batch_id = ?", batch)).isEqualTo(3);
		assertThat(jdbc.queryForMap("select status, new_count, corrected_count, unchanged_count from import_batch where id = ?", batch))
			.containsEntry("status", "CONFIRMED").containsEntry("new_count", 2).containsEntry("corrected_count", 1)
			.containsEntry("unchanged_count", 1);
		mvc.perform(get("/surveys/import").with(user(as("head"))))
			.andExpect(content().string(containsString("waves.csv")));
		mvc.perform(get("/localities/{id}/surveys", locality).with(user(as("viewer"))))
			.andExpect(content().string(containsString("Import " + batch)));

		// The same file again: nothing would change, so there is nothing to confirm.
		String again = upload("head", "waves.csv", file).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(again).with(user(as("head"))))
			.andExpect(content().string(containsString("0 new, 0 corrected, 4 unchanged")))
			.andExpect(content().string(containsString("Nothing in this file differs from what is already recorded")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		int historyRows = count("select count(*) from survey_result_history");
		mvc.perform(post(again + "/confirm").with(user(as("head"))).with(csrf())).andExpect(redirectedUrl("/surveys/import"));
		assertThat(count("select count(*) from survey_result_history")).isEqualTo(historyRows);
		assertThat(count("select count(*) from survey_wave where locality_id = ?", locality)).isEqualTo(2);

		// A confirmed batch cannot be confirmed again.
		mvc.perform(post(preview + "/confirm").with(user(as("head"))).with(csrf()))
			.andExpect(redirectedUrl("/surveys/import"))
			.andExpect(result -> assertThat(((ImportProblem) result.getFlashMap().get("importProblem")).messageKey())
				.isEqualTo("import.refused.alreadyConfirmed"));
	}

	@Test
	void aFileThatBecameWrongSinceItsPreviewIsReportedOnConfirmAndNothingIsSaved() throws Exception {
		String file = HEADER + ward + ",June 2022,2022-06-30,safe_day,70,\n";
		String preview = upload("head", "june.csv", file).andReturn().getResponse().getRedirectedUrl();
		// Meanwhile someone adds the wave by hand with another date.
		fixtures.wave(locality, "June 2022", LocalDate.of(2022, 6, 1), null, Instant.now());

		mvc.perform(post(preview + "/confirm").with(user(as("head"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wave_date must be 2022-06-01, the date already recorded for the wave June 2022")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		assertThat(count("select count(*) from survey_result r join survey_wave w on w.id = r.survey_wave_id where w.locality_id = ?",
				locality)).isZero();
		assertThat(count("select count(*) from import_batch where id = ? and status = 'PREVIEWED'",
				Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1)))).isOne();
	}

	@Test
	void aColumnThatLooksLikePersonalDataIsRefusedAsAWhole() throws Exception {
		upload("head", "names.csv", "locality,wave,wave_date,question,percentage_agreeing,child_name\n"
				+ ward + ",March 2021,2021-03-01,safe_day,35,Someone\n")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The column child_name looks like personal data")));
		mvc.perform(multipart("/surveys/import").with(user(as("head"))).with(csrf()))
			.andExpect(content().string(containsString("href=\"#file\">Select a CSV file</a>")));
		upload("head", "figures.xlsx", HEADER).andExpect(content().string(containsString("The selected file must be a CSV")));
	}

	@Test
	void aManagerImportingAnotherLocalitysRowGetsARowErrorAndNothingIsStaged() throws Exception {
		int stagedBefore = staged();
		upload("newport.manager", "mixed.csv", HEADER
				+ "Newport,March 2030 test,2021-03-01,safe_day,35,\n"
				+ ward + ",March 2021,2021-03-01,safe_day,35,\n")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot import figures for " + ward + ". You can import figures for Newport only")));
		assertThat(staged()).isEqualTo(stagedBefore);
		mvc.perform(get("/surveys/import").with(user(as("viewer")))).andExpect(status().isForbidden());
	}

	@Test
	void nobodyPreviewsOrConfirmsSomeoneElsesUpload() throws Exception {
		String preview = upload("head", "mine.csv", HEADER + ward + ",June 2022,2022-06-30,safe_day,70,\n").andReturn().getResponse()
			.getRedirectedUrl();
		mvc.perform(get(preview).with(user(as("newport.manager")))).andExpect(redirectedUrl("/surveys/import"));
		mvc.perform(post(preview + "/confirm").with(user(as("newport.manager"))).with(csrf()))
			.andExpect(redirectedUrl("/surveys/import"));
		assertThat(count("select count(*) from survey_wave where locality_id = ?", locality)).isZero();
	}

	@Test
	void theTemplateIsACsvOfThePapersFiguresThatImportsCleanly() throws Exception {
		String template = mvc.perform(get("/surveys/import/template.csv").with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString();
		assertThat(template).startsWith("locality,wave,wave_date,question,percentage_agreeing,respondents")
			.contains("Newport,September 2021,2021-09-01,safe_day,68.65,");
		String preview = upload("head", "template.csv", template).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(preview).with(user(as("head"))))
			.andExpect(content().string(containsString("0 new, 0 corrected, 2 unchanged")));
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class MeasurementImportIT extends IntegrationTest {

	private static final String HEADER = "indicator,locality,period,value,note,source_reference\n";

	@Autowired
	UserDetailsService users;

	private IndicatorFixtures fixtures;
	private String code;
	private long indicator;
	private long northOrmesby;

	@BeforeEach
	void data() {
		fixtures = new IndicatorFixtures(jdbc);
		code = "import-" + System.nanoTime();
		indicator = fixtures.indicator(code, "COUNT", "LOWER_IS_BETTER", "20", "2");
		northOrmesby = localityId("North Ormesby");
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private ResultActions upload(String fileName, String csv, String username) throws Exception {
		return mvc.perform(multipart("/indicators/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user(as(username))));
	}

	@Test
	void aThousandGoodRowsAndOneBadRowSaveNothingAndTheReportNamesTheBadRow() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		// Months from January 2000 (the earliest a figure may be) in five localities: 201 months each, all past.
		YearMonth first = YearMonth.of(2000, 1);
		List<String> localities = new ArrayList<>(List.of("North Ormesby"));
		for (int i = 1; i < 5; i++) {
			localities.add("Thousand Rows Ward " + i);
			fixtures.locality(localities.get(i));
		}
		// 1,001 data rows on spreadsheet rows 2 to 1,002; the one on row 537 (data row 536) holds "abc".
		for (int i = 0; i < 1001; i++) {
			String value = i + 2 == 537 ? "abc" : String.valueOf(i % 60);
			csv.append(code).append(',').append(localities.get(i % 5)).append(',').append(first.plusMonths(i / 5).atEndOfMonth())
				.append(',').append(value).append(",,Police figures\n");
		}
		upload("thousand.csv", csv.toString(), "head")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 problem was found. Nothing has been saved.")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell govuk-table__cell--numeric\">537</td>")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell app-audit-value\">abc</td>")))
			.andExpect(content().string(containsString("value must be a number, like 35 or 7.54")));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", indicator)).isZero();
		assertThat(fixtures.count("select count(*) from import_batch where file_name = 'thousand.csv' and kind = 'MEASUREMENTS'")).isZero();
	}

	@Test
	void aFileWithDatesAsExcelWritesThemInTheUkImports() throws Exception {
		String csv = HEADER
				+ code + ",North Ormesby,31/08/2021,40,,\n"
				+ code + ",North Ormesby,30-Sep-2021,38,,\n"
				+ code + ",North Ormesby,31 Oct 2021,36,,\n";
		String preview = upload("uk-dates.csv", csv, "head").andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(preview + "/confirm").with(csrf()).with(user(as("head")))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select period || ' ' || value from measurement where indicator_id = ? order by period",
				String.class, indicator)).containsExactly("2021-08-31 40.00", "2021-09-30 38.00", "2021-10-31 36.00");
	}

	@Test
	void aGoodFileIsPreviewedThenSavedAndTheSameFileAgainChangesNothing() throws Exception {
		fixtures.figure(indicator, northOrmesby, LocalDate.of(2021, 6, 30), "48", "Earlier report", Instant.now());
		String csv = HEADER
				+ code + ",North Ormesby,2021-06-30,50,Peak,\"Scrutiny panel minutes, early 2022\"\n"
				+ code + ",north ormesby,2021-07-31,50,,\"Scrutiny panel minutes, early 2022\"\n"
				+ code + ",Newport,2021-07-31,12,,\n";
		String preview = upload("summer.csv", csv, "head").andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(preview).matches("/indicators/import/\\d+");
		mvc.perform(get(preview).with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 new, 1 corrected, 0 unchanged")))
			.andExpect(content().string(containsString(">48</td>")))
			.andExpect(content().string(containsString("id=\"confirm-import\"")))
			// The preview page is the preview only: no upload form to confuse it with.
			.andExpect(content().string(not(containsString("id=\"upload-form\""))));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", indicator)).isEqualTo(1);

		mvc.perform(post(preview + "/confirm").with(csrf()).with(user(as("head"))))
			.andExpect(redirectedUrl("/indicators/import"))
			.andExpect(flash().attributeExists("success"));
		assertThat(jdbc.queryForList("""
				select l.name || ' ' || m.period || ' ' || m.value from measurement m join locality l on l.id = m.locality_id
				where m.indicator_id = ? order by m.period, l.name""", String.class, indicator))
			.containsExactly("North Ormesby 2021-06-30 50.00", "Newport 2021-07-31 12.00", "North Ormesby 2021-07-31 50.00");
		assertThat(jdbc.queryForList("""
				select r.kind || ' ' || coalesce(r.old_value::text, '-') || ' ' || r.value || ' ' || coalesce(r.import_batch_id::text, 'none')
				from measurement_revision r join measurement m on m.id = r.measurement_id
				where m.indicator_id = ? and m.period = date '2021-06-30' order by r.id""", String.class, indicator))
			.containsExactly("RECORDED - 48.00 none", "CORRECTED 48.00 50.00 " + preview.substring(preview.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select status || ' ' || new_count || ' ' || corrected_count || ' ' || unchanged_count from import_batch where id = ?",
				String.class, Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1)))).isEqualTo("CONFIRMED 2 1 0");

		String again = upload("summer.csv", csv, "head").andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(again).with(user(as("head"))))
			.andExpect(content().string(containsString("0 new, 0 corrected, 3 unchanged")))
			.andExpect(content().string(containsString("Nothing in this file differs")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		int revisions = fixtures.count("select count(*) from measurement_revision r join measurement m on m.id = r.measurement_id where m.indicator_id = ?", indicator);
		mvc.perform(post(again + "/confirm").with(csrf()).with(user(as("head")))).andExpect(redirectedUrl("/indicators/import"));
		assertThat(fixtures.count("select count(*) from measurement_revision r join measurement m on m.id = r.measurement_id where m.indicator_id = ?", indicator))
			.isEqualTo(revisions);
		mvc.perform(get("/indicators/import").with(user(as("head"))))
			.andExpect(content().string(containsString("2 new, 1 corrected, 0 unchanged")))
			.andExpect(content().string(containsString("summer.csv")));
	}

	@Test
	void everyKindOfBadRowIsReportedTogether() throws Exception {
		String csv = HEADER
				+ "no-such-indicator,North Ormesby,2021-01-31,3,,\n"
				+ code + ",Atlantis,2021-01-31,3,,\n"
				+ code + ",North Ormesby,31/02/2021,3,,\n"
				+ code + ",North Ormesby,2021-02-28,3.5,,\n"
				+ code + ",North Ormesby,2021-03-31,-1,,\n"
				+ code + ",North Ormesby,2021-04-30,4,,\n"
				+ code + ",North Ormesby,2021-04-30,5,,\n"
				// Next month: within the service's years, but not yet past.
				+ code + ",North Ormesby," + YearMonth.now(uk.gov.middlesbrough.tracker.web.AsOf.UK).plusMonths(1).atEndOfMonth() + ",5,,\n"
				+ code + ",North Ormesby,2021-05-15,5,,\n";
		upload("bad.csv", csv, "head")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("8 problems were found")))
			.andExpect(content().string(containsString("A monthly figure is dated the last day of its month")))
			.andExpect(content().string(containsString("There is no indicator with this code")))
			.andExpect(content().string(containsString("There is no locality with this name")))
			.andExpect(content().string(containsString("period must be a real date, written like 31/10/2026, 31-Oct-2026 or 2026-10-31")))
			.andExpect(content().string(containsString("Enter a whole number, 0 or more, like 35")))
			.andExpect(content().string(containsString("This row repeats row 7")))
			.andExpect(content().string(containsString("The period must be today or in the past")));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", indicator)).isZero();
	}

	@Test
	void aColumnThatLooksLikePersonalDataIsRefused() throws Exception {
		upload("names.csv", "indicator,locality,period,value,child_name\n" + code + ",North Ormesby,2021-01-31,3,Someone\n", "head")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The column child_name looks like personal data")));
		assertThat(fixtures.count("select count(*) from import_batch where file_name = 'names.csv'")).isZero();
	}

	@Test
	void aManagersRowForAnotherLocalityIsARowError() throws Exception {
		upload("mixed.csv", HEADER + code + ",Newport,2021-01-31,3,,\n" + code + ",North Ormesby,2021-01-31,3,,\n", "newport.manager")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>")))
			.andExpect(content().string(containsString("You can only import figures for your own locality, not North Ormesby")));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", indicator)).isZero();
	}

	@Test
	void aFileThatIsNotACsvOrMissingIsRefusedClearly() throws Exception {
		upload("figures.xlsx", HEADER, "head").andExpect(content().string(containsString("The selected file must be a CSV")));
		mvc.perform(multipart("/indicators/import").with(csrf()).with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a CSV file")));
	}

	@Test
	void onlyUsersWhoEnterFiguresMayImportAndNobodyConfirmsAnotherUsersUpload() throws Exception {
		mvc.perform(get("/indicators/import").with(user(as("viewer")))).andExpect(status().isForbidden());
		upload("viewer.csv", HEADER + code + ",North Ormesby,2021-01-31,3,,\n", "scrutiny").andExpect(status().isForbidden());
		String preview = upload("head.csv", HEADER + code + ",Newport,2021-01-31,3,,\n", "head").andReturn().getResponse()
			.getRedirectedUrl();
		mvc.perform(post(preview + "/confirm").with(csrf()).with(user(as("newport.manager"))))
			.andExpect(redirectedUrl("/indicators/import"))
			.andExpect(flash().attributeExists("importProblem"));
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ?", indicator)).isZero();
	}

	@Test
	void theTemplateIsADownloadableCsvWithTheColumns() throws Exception {
		mvc.perform(get("/indicators/import/template.csv").with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("indicator,locality,period,value,note,source_reference")))
			.andExpect(content().string(containsString("asb-incidents,North Ormesby,2021-06-30,50")));
	}
}

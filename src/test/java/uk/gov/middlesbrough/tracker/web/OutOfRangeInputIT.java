package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Dates far outside the service's years and digits other than 0 to 9 are refused with a clear message wherever
 * they come in (web addresses, date inputs, imported files), never a server error.
 */
class OutOfRangeInputIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "-999999999-01-01", "0001-01-01", "1999-12-31", "+10000-01-01" })
	void anAsOfOutsideTheServicesYearsInAnExportAddressIsABadRequest(String asOf) throws Exception {
		long locality = localityId("North Ormesby");
		var result = mvc.perform(get("/localities/{id}/dashboard/export", locality).param("asOf", asOf)
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isBadRequest()).andReturn();
		assertThat(result.getRequest().getAttribute(DateOutOfRangeAdvice.LINE)).isEqualTo("error.400.asOfRange");
		mvc.perform(get("/compare/export").param("locality", String.valueOf(locality)).param("asOf", asOf)
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theFirstDayOfTheServicesYearsIsAnAsOfLikeAnyOther() throws Exception {
		mvc.perform(get("/localities/{id}/dashboard/export", localityId("North Ormesby")).param("asOf", "2000-01-01")
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1999", "0001", "٢٠٢٢" })
	void anAsOfDateInputOutsideTheServicesYearsOrInOtherDigitsIsAFieldError(String year) throws Exception {
		String html = mvc.perform(get("/localities/{id}/dashboard", localityId("North Ormesby"))
				.param("asOf.day", "31").param("asOf.month", "12").param("asOf.year", year)
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#asOf");
		assertThat(page.select(".govuk-error-summary li").text())
			.isEqualTo(year.equals("٢٠٢٢") ? "The as-of date must be written with the digits 0 to 9"
					: "The as-of date must be between 1 January 2000 and 31 December " + SaneInput.latest(java.time.LocalDate.now(AsOf.UK)).getYear());
	}

	@Test
	void anImportedFileWithDatesOutsideTheServicesYearsOrOtherDigitsNamesEachCell() throws Exception {
		String ward = "Out Of Range Ward " + System.nanoTime();
		new PlanFixtures(jdbc).locality(ward);
		String csv = "locality,snapshot_date,role,post_label,children,families,children_under_six_months,source\n"
				+ ward + ",0001-01-01,SOCIAL_WORKER,Social Worker 1,25,11,6,\n"
				+ ward + ",-0001-01-01,SOCIAL_WORKER,Social Worker 2,25,11,6,\n"
				+ ward + ",2021-11-22,SOCIAL_WORKER,Social Worker 3,٢٠,11,6,\n"
				+ ward + ",2021-11-22,SOCIAL_WORKER,Social Worker 4,１２,11,6,\n"
				+ ward + ",2021-11-22,SOCIAL_WORKER,Social Worker 5, 12 ,+11,6,\n";
		String html = mvc.perform(multipart("/caseloads/import")
				.file(new MockMultipartFile("file", "range.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(users.loadUserByUsername("head"))).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		String latest = String.valueOf(SaneInput.latest(java.time.LocalDate.now(AsOf.UK)).getYear());
		assertThat(page.select("#import-report tbody tr").eachText()).containsExactly(
				"2 snapshot_date 0001-01-01 snapshot_date must be a date between 1 January 2000 and 31 December " + latest,
				"3 snapshot_date -0001-01-01 snapshot_date must be a date between 1 January 2000 and 31 December " + latest,
				"4 children ٢٠ children must be written with the digits 0 to 9",
				"5 children １２ children must be written with the digits 0 to 9");
	}
}

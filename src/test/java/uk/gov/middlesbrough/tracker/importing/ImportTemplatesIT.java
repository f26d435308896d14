package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Each import's template, downloaded by a neighbourhood manager, holds rows of their own locality's figures as
 * recorded, so it imports cleanly (every row unchanged); after saving, the page links to that locality's figures.
 */
class ImportTemplatesIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource({
			"/indicators/import, newport.manager, Newport, dashboard",
			"/caseloads/import, newport.manager, Newport, caseloads",
			"/surveys/import, newport.manager, Newport, surveys",
			"/indicators/import, northormesby.manager, North Ormesby, dashboard",
			"/caseloads/import, northormesby.manager, North Ormesby, caseloads"})
	void aManagersTemplateHoldsTheirLocalitysFiguresImportsUnchangedAndLinksToThem(String path, String username, String locality,
			String page) throws Exception {
		UserDetails manager = users.loadUserByUsername(username);
		String template = mvc.perform(get(path + "/template.csv").with(user(manager))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> rows = Arrays.asList(template.split("\r\n"));
		assertThat(rows).hasSizeBetween(2, 3);
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).startsWith(
				path.startsWith("/indicators") ? row.substring(0, row.indexOf(',') + 1) + locality + "," : locality + ","));

		MockHttpSession session = new MockHttpSession();
		MvcResult uploaded = mvc.perform(multipart(path)
				.file(new MockMultipartFile("file", "template.csv", "text/csv", template.getBytes(StandardCharsets.UTF_8)))
				.with(user(manager)).with(csrf()).session(session)).andReturn();
		String preview = uploaded.getResponse().getRedirectedUrl();
		assertThat(preview).startsWith(path + "/");
		String previewPage = mvc.perform(get(preview).with(user(manager)).session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(previewPage).contains("0 new, 0 corrected, " + (rows.size() - 1) + " unchanged");

		MvcResult confirmed = mvc.perform(post(preview + "/confirm").with(user(manager)).with(csrf()).session(session)).andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo(path);
		// The page after saving links to that locality's figures (the banner is checked in a browser: a flash message
		// lives in the app's own session, which MockMvc does not carry between requests).
		SuccessMessage.Link link = (SuccessMessage.Link) confirmed.getFlashMap().get("successLink");
		assertThat(link.href()).isEqualTo("/localities/" + localityId(locality) + "/" + page);
		assertThat(messages.getMessage(link.text().key(), link.text().args(), Locale.UK)).isEqualTo("See the figures for " + locality);
	}
}

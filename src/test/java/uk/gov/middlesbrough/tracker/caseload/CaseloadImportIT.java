package uk.gov.middlesbrough.tracker.caseload;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

class CaseloadImportIT extends IntegrationTest {

	private static final String HEADER = "locality,snapshot_date,role,post_label,children,families,children_under_six_months,source\n";

	@Autowired
	UserDetailsService users;

	private CaseloadFixtures fixtures;
	private String ward;
	private long locality;

	@BeforeEach
	void locality() {
		fixtures = new CaseloadFixtures(jdbc);
		ward = "Import Ward " + System.nanoTime();
		locality = fixtures.locality(ward);
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private ResultActions upload(String username, String fileName, String content) throws Exception {
		return mvc.perform(multipart("/caseloads/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
			.with(user(as(username))).with(csrf()));
	}

	private long batchFrom(ResultActions upload) throws Exception {
		String location = upload.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/caseloads/import/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private int batches(String fileName) {
		return jdbc.queryForObject("select count(*) from import_batch where file_name = ?", Integer.class, fileName);
	}

	@Test
	void oneBadRowAmongAThousandGoodOnesSavesNothingAndTheReportNamesIt() throws Exception {
		StringBuilder file = new StringBuilder(HEADER);
		for (int post = 1; post <= 1001; post++) {
			// Spreadsheet row = post + 1 (the header is row 1); row 537 is post 536.
			String children = post == 536 ? "abc" : String.valueOf(post % 40);
			file.append(ward).append(",2021-11-22,SOCIAL_WORKER,Social Worker ").append(post).append(',').append(children)
				.append(",3,0,\n");
		}
		String fileName = "thousand-" + System.nanoTime() + ".csv";
		upload("head", fileName, file.toString())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 problem was found. Nothing has been saved.")))
			.andExpect(content().string(containsString(
					"<td class=\"govuk-table__cell govuk-table__cell--numeric\">537</td>")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell\">children</td>")))
			.andExpect(content().string(containsString(">abc</td>")))
			.andExpect(content().string(containsString("children must be a number, like 35 or 7.54")));
		assertThat(fixtures.snapshotCount(locality)).isZero();
		assertThat(batches(fileName)).isZero();

		// The same file with row 537 put right is staged, previewed and saved whole, in one transaction.
		long batch = batchFrom(upload("head", fileName, file.toString().replace(",abc,", ",12,")));
		mvc.perform(get("/caseloads/import/{id}", batch).with(user(as("head"))))
			.andExpect(content().string(containsString("1,001 new, 0 corrected, 0 unchanged")));
		mvc.perform(post("/caseloads/import/{id}/confirm", batch).with(user(as("head"))).with(csrf()))
			.andExpect(redirectedUrl("/caseloads/import"));
		assertThat(fixtures.snapshotCount(locality)).isEqualTo(1001);
		assertThat(jdbc.queryForObject("""
				select count(*) from caseload_history h join caseload_snapshot s on s.id = h.caseload_snapshot_id
				where s.locality_id = ? and h.import_batch_id = ? and h.kind = 'RECORDED'""", Integer.class, locality, batch))
			.isEqualTo(1001);
	}

	@Test
	void rolesAsTheAppShowsThemAndUkDatesImport() throws Exception {
		String file = HEADER
				+ ward + ",22/11/2021,Social worker,Social Worker 1,25,11,6,\n"
				+ ward + ",22-Nov-2021,Early help senior practitioner,Senior Practitioner 1,28,13,20,\n";
		long batch = batchFrom(upload("head", "labels.csv", file));
		mvc.perform(post("/caseloads/import/{id}/confirm", batch).with(user(as("head"))).with(csrf()))
			.andExpect(redirectedUrl("/caseloads/import"));
		assertThat(jdbc.queryForList("select snapshot_date || ' ' || role from caseload_snapshot where locality_id = ? order by role",
				String.class, locality)).containsExactly("2021-11-22 EARLY_HELP_SENIOR_PRACTITIONER", "2021-11-22 SOCIAL_WORKER");
	}

	@Test
	void aGoodFileIsPreviewedConfirmedAndReimportingItChangesNothing() throws Exception {
		fixtures.snapshot(locality, LocalDate.of(2021, 11, 22), "EARLY_HELP_SENIOR_PRACTITIONER", "Senior Practitioner 1", 28, 13,
				20, Instant.now());
		String file = HEADER
				+ ward + ",2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,29,14,16,\"Scrutiny panel minutes, 22 November 2021\"\n"
				+ ward + ",2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 2,28,13,20,\n"
				+ ward + ",2021-11-22,SOCIAL_WORKER,Social Worker 1,25,11,6,\n";
		long batch = batchFrom(upload("head", "good.csv", file));
		mvc.perform(get("/caseloads/import/{id}", batch).with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 new, 1 corrected, 0 unchanged")))
			.andExpect(content().string(containsString("28 / 13 / 20")))
			.andExpect(content().string(containsString("id=\"confirm-import\"")));
		assertThat(fixtures.snapshotCount(locality)).isEqualTo(1);

		mvc.perform(post("/caseloads/import/{id}/confirm", batch).with(user(as("head"))).with(csrf()))
			.andExpect(redirectedUrl("/caseloads/import"))
			.andExpect(result -> assertThat((SuccessMessage) result.getFlashMap().get("success"))
				.extracting(SuccessMessage::key, SuccessMessage::args)
				.containsExactly("import.saved", new Object[] { 2, 1, 0 }));
		assertThat(fixtures.snapshotCount(locality)).isEqualTo(3);
		assertThat(jdbc.queryForMap("""
				select h.old_children, h.old_families, h.old_children_under_six_months, h.children, h.recorded_by, h.source
				from caseload_history h join caseload_snapshot s on s.id = h.caseload_snapshot_id
				where s.locality_id = ? and h.kind = 'CORRECTED'""", locality))
			.containsEntry("old_children", 28).containsEntry("old_families", 13).containsEntry("old_children_under_six_months", 20)
			.containsEntry("children", 29).containsEntry("recorded_by", "head")
			.containsEntry("source", "Scrutiny panel minutes, 22 November 2021");
		assertThat(jdbc.queryForObject("select new_count || '/' || corrected_count || '/' || unchanged_count from import_batch where id = ?",
				String.class, batch)).isEqualTo("2/1/0");
		mvc.perform(get("/caseloads/import").with(user(as("head"))))
			.andExpect(content().string(containsString("id=\"import-history\"")))
			.andExpect(content().string(containsString("good.csv")));

		// Confirming the same batch twice saves nothing more.
		mvc.perform(post("/caseloads/import/{id}/confirm", batch).with(user(as("head"))).with(csrf()))
			.andExpect(redirectedUrl("/caseloads/import"))
			.andExpect(flash().attributeExists("importProblem"));

		long again = batchFrom(upload("head", "good.csv", file));
		mvc.perform(get("/caseloads/import/{id}", again).with(user(as("head"))))
			.andExpect(content().string(containsString("0 new, 0 corrected, 3 unchanged")))
			.andExpect(content().string(containsString("Nothing in this file differs from what is already recorded")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		assertThat(jdbc.queryForObject("""
				select count(*) from caseload_history h join caseload_snapshot s on s.id = h.caseload_snapshot_id
				where s.locality_id = ?""", Integer.class, locality)).isEqualTo(4);
	}

	@Test
	void columnsThatLookLikeNamesAreRefused() throws Exception {
		for (String column : new String[] { "child_name", "worker name" }) {
			upload("head", "names.csv", HEADER.strip() + "," + column + "\n" + ward
					+ ",2021-11-22,SOCIAL_WORKER,Social Worker 1,25,11,6,,Someone\n")
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The column " + column
						+ " looks like personal data. This service holds figures and post titles only")));
		}
		assertThat(fixtures.snapshotCount(locality)).isZero();
	}

	@Test
	void aManagersRowForAnotherLocalityIsReportedAndNothingIsSaved() throws Exception {
		upload("newport.manager", "mixed.csv", HEADER
				+ "Newport,2021-11-22,SOCIAL_WORKER,Social Worker 7,25,11,6,\n"
				+ "North Ormesby,2021-11-22,SOCIAL_WORKER,Social Worker 7,25,11,6,\n")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can only import figures for your own locality, not North Ormesby")));
		assertThat(jdbc.queryForObject("""
				select count(*) from caseload_snapshot s join locality l on l.id = s.locality_id
				where s.post_label = 'Social Worker 7' and l.name in ('Newport', 'North Ormesby')""", Integer.class)).isZero();
	}

	@Test
	void aFileThatIsNotACsvOrNoFileGetsAClearMessage() throws Exception {
		upload("head", "figures.xlsx", "PK...").andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file must be a CSV")));
		mvc.perform(multipart("/caseloads/import").with(user(as("head"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a CSV file")));
	}

	@Test
	void nobodyElseCanPreviewOrConfirmAnImportAndOthersCannotImport() throws Exception {
		long batch = batchFrom(upload("head", "heads.csv", HEADER + ward + ",2021-11-22,SOCIAL_WORKER,Social Worker 1,25,11,6,\n"));
		mvc.perform(get("/caseloads/import/{id}", batch).with(user(as("newport.manager")))).andExpect(status().isForbidden());
		mvc.perform(post("/caseloads/import/{id}/confirm", batch).with(user(as("newport.manager"))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/caseloads/import").with(user(as("scrutiny")))).andExpect(status().isForbidden());
		assertThat(fixtures.snapshotCount(locality)).isZero();
	}

	@Test
	void theTemplateDownloadsAsACsvWithThePapersFigures() throws Exception {
		mvc.perform(get("/caseloads/import/template.csv").with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString(
					"locality,snapshot_date,role,post_label,children,families,children_under_six_months,source")))
			.andExpect(content().string(containsString("North Ormesby,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,34,14,22")));
		mvc.perform(get("/caseloads/import").with(user(as("newport.manager"))))
			.andExpect(content().string(containsString("You can import figures for Newport only.")))
			.andExpect(content().string(containsString("post_label: the post title and a number")));
	}

}

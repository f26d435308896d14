package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * A locality's plans workbook round trip on the real database: exported, imported back unchanged, a cell changed and
 * a row added in Excel, previewed as exactly that, and saved as the plan's own forms save (history, audit trail).
 */
class PlanWorkbookImportIT extends IntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	UserDetailsService users;

	private PlanFixtures fixtures;
	private long locality;
	private long safePlan;
	private long childrenPlan;
	private long walkabouts;
	private long miniPolice;
	private long cancelled;
	private String safeSheet;
	private String childrenSheet;

	@BeforeEach
	void plans() {
		fixtures = new PlanFixtures(jdbc);
		locality = fixtures.locality("Workbook Ward " + System.nanoTime());
		safePlan = plan("Making People Feel Safe");
		childrenPlan = plan("Better Outcomes for Children");
		Instant longAgo = Instant.parse("2026-01-05T10:00:00Z");
		walkabouts = fixtures.action(safePlan, "Monthly walkabouts with residents", LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 3, 31), "1", longAgo);
		fixtures.progress(walkabouts, 40, longAgo.plusSeconds(3600));
		miniPolice = fixtures.action(safePlan, "-Mini Police in both primary schools", LocalDate.of(2026, 9, 1),
				LocalDate.of(2027, 7, 31), "2.5", longAgo);
		cancelled = fixtures.action(childrenPlan, "Parenting course", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "1",
				longAgo);
		fixtures.cancel(cancelled, longAgo.plusSeconds(7200));
		jdbc.update("update plan_action set partner = 'Cleveland Police' where id = ?", miniPolice);
	}

	private long plan(String title) {
		return jdbc.queryForObject("select id from action_plan where locality_id = ? and title = ?", Long.class, locality, title);
	}

	private byte[] export(String username) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/localities/{id}/plans/workbook.xlsx", locality)
				.with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo(XLSX);
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("action-plans").contains(".xlsx");
		return response.getContentAsByteArray();
	}

	/** Uploads a workbook; the preview's address, or null when the upload page came back (with its problems). */
	private MvcResult upload(String username, byte[] workbook) throws Exception {
		return mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "plans.xlsx", XLSX, workbook))
				.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
	}

	private String preview(String username, MvcResult upload) throws Exception {
		String location = upload.getResponse().getRedirectedUrl();
		assertThat(location).as(upload.getResponse().getContentAsString()).startsWith("/plans/import/");
		return mvc.perform(get(location).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private SuccessMessage confirm(String username, MvcResult upload) throws Exception {
		MvcResult confirmed = mvc.perform(post(upload.getResponse().getRedirectedUrl() + "/confirm")
				.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/plans/import");
		return (SuccessMessage) confirmed.getFlashMap().get("success");
	}

	/** Every action's version and history in the locality, to tell that nothing changed. */
	private List<Map<String, Object>> state() {
		return jdbc.queryForList("""
				select a.id, a.version, a.completion, a.specific, (select count(*) from action_history h where h.plan_action_id = a.id) as entries
				from plan_action a join action_plan p on p.id = a.action_plan_id where p.locality_id = ? order by a.id""", locality);
	}

	@Test
	void theExportHasASheetAPlanWithEachActionsReferenceAndFields() throws Exception {
		EditableWorkbook workbook = EditableWorkbook.read(export("viewer"));
		assertThat(workbook.sheetNames()).hasSize(9).contains("Making People Feel Safe", "Better Outcomes for Children")
			.allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
		safeSheet = "Making People Feel Safe";
		assertThat(workbook.rows(safeSheet).get(0)).startsWith("Action ref", "Specific", "Measurable", "Target", "Owner post",
				"Partner", "Resources", "Relevant objective", "Start date", "Due date", "Weight", "% complete", "Commentary",
				"Reason for change", "Status", "Version");
		List<Object> walk = workbook.rows(safeSheet).get(workbook.rowOf(safeSheet, walkabouts));
		assertThat(walk.get(workbook.column(safeSheet, "% complete"))).isEqualTo(new BigDecimal("40"));
		assertThat(walk.get(workbook.column(safeSheet, "Commentary"))).isEqualTo("Fixture update");
		assertThat(walk.get(workbook.column(safeSheet, "Due date"))).isEqualTo(LocalDate.of(2027, 3, 31));
		List<Object> mini = workbook.rows(safeSheet).get(workbook.rowOf(safeSheet, miniPolice));
		assertThat(mini.get(1)).as("text guarded against formulas").isEqualTo("'-Mini Police in both primary schools");
		assertThat(mini.get(workbook.column(safeSheet, "Partner"))).isEqualTo("Cleveland Police");
	}

	@Test
	void anExportedWorkbookImportsUnchangedThenAChangedCellAndANewRowAreExactlyWhatIsSaved() throws Exception {
		byte[] exported = export("head");
		List<Map<String, Object>> before = state();

		// Imported as it was downloaded: every row unchanged, and confirming changes nothing.
		MvcResult same = upload("head", exported);
		String samePreview = preview("head", same);
		assertThat(samePreview).contains("0 new, 0 corrected, 3 unchanged").contains("id=\"preview-nothing\"")
			.contains("Making People Feel Safe");
		assertThat(confirm("head", same).args()).containsExactly(0, 0, 3);
		assertThat(state()).isEqualTo(before);

		// In Excel: the walkabouts' % complete and commentary changed, and a new action added to the children's sheet.
		safeSheet = "Making People Feel Safe";
		childrenSheet = "Better Outcomes for Children";
		EditableWorkbook workbook = EditableWorkbook.read(exported);
		int walkRow = workbook.rowOf(safeSheet, walkabouts);
		workbook.set(safeSheet, walkRow, "% complete", 55).set(safeSheet, walkRow, "Commentary", "Six walkabouts held since May");
		Map<String, Object> added = new LinkedHashMap<>();
		added.put("Specific", "Stay and play sessions at the hub");
		added.put("Measurable", "Families attending");
		added.put("Target", "20 families");
		added.put("Owner post", "Family Hub Coordinator");
		added.put("Relevant objective", "Give children the best start");
		added.put("Start date", LocalDate.of(2026, 10, 1));
		added.put("Due date", LocalDate.of(2027, 9, 30));
		added.put("% complete", 0);
		workbook.add(childrenSheet, added);
		MvcResult changed = upload("head", workbook.write());
		String preview = preview("head", changed);
		assertThat(preview).contains("1 new, 1 corrected, 2 unchanged")
			.contains("% complete: 55; Commentary: Six walkabouts held since May")
			.contains("% complete: 40; Commentary: Fixture update")
			.contains("Stay and play sessions at the hub")
			.contains("id=\"confirm-import\"");
		assertThat(state()).as("nothing saved before confirming").isEqualTo(before);

		assertThat(confirm("head", changed).args()).containsExactly(1, 1, 2);
		assertThat(jdbc.queryForMap("select completion, version from plan_action where id = ?", walkabouts))
			.containsEntry("completion", 55);
		assertThat(jdbc.queryForMap("""
				select kind, old_completion, completion, commentary, recorded_by from action_history where plan_action_id = ?
				order by recorded_at desc, id desc limit 1""", walkabouts))
			.containsEntry("kind", "PROGRESS").containsEntry("old_completion", 40).containsEntry("completion", 55)
			.containsEntry("commentary", "Six walkabouts held since May").containsEntry("recorded_by", "head");
		Map<String, Object> newAction = jdbc.queryForMap("select id, action_plan_id, owner_post, weight, completion from plan_action"
				+ " where specific = 'Stay and play sessions at the hub' and action_plan_id = ?", childrenPlan);
		assertThat(((BigDecimal) newAction.get("weight"))).isEqualByComparingTo("1");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'PlanAction' and record_id = ?"
				+ " and field = 'completion' and actor = 'head'", Integer.class, String.valueOf(walkabouts)))
			.isEqualTo(1);
		// The action's page shows the update in its timeline, the plan page the new action.
		assertThat(mvc.perform(get("/actions/{id}", walkabouts).with(user(users.loadUserByUsername("viewer")))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Six walkabouts held since May");
		assertThat(mvc.perform(get("/plans/{id}", childrenPlan).with(user(users.loadUserByUsername("viewer")))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Stay and play sessions at the hub");

		// The same workbook again changes nothing more: its rows are now what is recorded (the new row would add another).
		EditableWorkbook again = EditableWorkbook.read(export("head"));
		MvcResult reimport = upload("head", again.write());
		assertThat(preview("head", reimport)).contains("0 new, 0 corrected, 4 unchanged");

		// The first download, now out of date, is refused for the row whose action changed since: nothing is overwritten.
		EditableWorkbook stale = EditableWorkbook.read(exported);
		stale.set(safeSheet, walkRow, "% complete", 45).set(safeSheet, walkRow, "Commentary", "An older figure");
		MvcResult refused = upload("head", stale.write());
		assertThat(refused.getResponse().getRedirectedUrl()).isNull();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("1 problem was found")
			.contains("has been changed in the tracker since this workbook was downloaded")
			.contains("<td class=\"govuk-table__cell\">Making People Feel Safe</td>");
		assertThat(jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, walkabouts)).isEqualTo(55);
	}

	@Test
	void oneSheetWithAPlanColumnImportsAsTheSheetsDo() throws Exception {
		EditableWorkbook oneSheet = EditableWorkbook.read(export("head")).asOneSheet("All plans");
		int walkRow = oneSheet.rowOf("All plans", walkabouts);
		oneSheet.set("All plans", walkRow, "Due date", LocalDate.of(2027, 6, 30));
		String problems = upload("head", oneSheet.write()).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(problems).contains("The due date moves from 2027-03-31 to 2027-06-30: say why in reason_for_change");
		oneSheet.set("All plans", walkRow, "Reason for change", "Agreed at the DIG in May");
		MvcResult upload = upload("head", oneSheet.write());
		assertThat(preview("head", upload)).contains("0 new, 1 corrected, 2 unchanged")
			.contains("Due date: 2027-06-30").contains("Due date: 2027-03-31");
		confirm("head", upload);
		assertThat(jdbc.queryForObject("select due_date from plan_action where id = ?", LocalDate.class, walkabouts))
			.isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(jdbc.queryForObject("select commentary from action_history where plan_action_id = ? and kind = 'EDITED'",
				String.class, walkabouts)).isEqualTo("Agreed at the DIG in May");
	}

	@Test
	void badCellsAreReportedBySheetRowAndColumnAndNothingIsSaved() throws Exception {
		safeSheet = "Making People Feel Safe";
		EditableWorkbook workbook = EditableWorkbook.read(export("head"));
		int walkRow = workbook.rowOf(safeSheet, walkabouts);
		workbook.set(safeSheet, walkRow, "% complete", 140);
		workbook.set("Better Outcomes for Children", workbook.rowOf("Better Outcomes for Children", cancelled), "Status", "Green");
		List<Map<String, Object>> before = state();
		String page = upload("head", workbook.write()).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("2 problems were found")
			.contains("<th scope=\"col\" class=\"govuk-table__header\">Sheet</th>")
			.contains("percent_complete must be a whole number from 0 to 100")
			.contains("Action " + cancelled + " is cancelled: reinstate it on its page")
			.contains(">" + (walkRow + 1) + "</td>");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aManagerMayImportOnlyTheirOwnLocalitysPlansAndOthersMayNotImportAtAll() throws Exception {
		String page = upload("newport.manager", export("newport.manager")).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("You may import only your own locality&#39;s plans");
		mvc.perform(get("/plans/import").with(user(users.loadUserByUsername("scrutiny")))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/import").with(user(users.loadUserByUsername("newport.manager")))).andExpect(status().isOk());
	}

	@Test
	void aDemoLocalitysWorkbookAndAManagersTemplateImportUnchanged() throws Exception {
		// Newport's demo plans: titles longer than a sheet name allows, illustrative actions, commentary of every kind.
		long newport = localityId("Newport");
		byte[] workbook = mvc.perform(get("/localities/{id}/plans/workbook.xlsx", newport)
				.with(user(users.loadUserByUsername("newport.manager")))).andReturn().getResponse().getContentAsByteArray();
		int actions = jdbc.queryForObject("select count(*) from plan_action a join action_plan p on p.id = a.action_plan_id"
				+ " where p.locality_id = ?", Integer.class, newport);
		assertThat(actions).isPositive();
		assertThat(preview("newport.manager", upload("newport.manager", workbook)))
			.contains("0 new, 0 corrected, " + actions + " unchanged");

		String template = mvc.perform(get("/plans/import/template.csv").with(user(users.loadUserByUsername("newport.manager"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template.split("\r\n")).hasSize(4);
		MvcResult csv = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "template.csv", "text/csv",
				template.getBytes(StandardCharsets.UTF_8))).with(user(users.loadUserByUsername("newport.manager"))).with(csrf()))
			.andReturn();
		assertThat(preview("newport.manager", csv)).contains("0 new, 0 corrected, 3 unchanged");
	}

	@Test
	void aFileThatIsNotARealWorkbookIsRefusedOnTheUploadPage() throws Exception {
		MvcResult result = upload("head", "action_ref,specific\n1,Walkabouts\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("The selected file could not be read as an Excel workbook")
			.contains("govuk-error-summary");
		MvcResult other = mvc.perform(multipart("/plans/import")
				.file(new MockMultipartFile("file", "plans.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
				.with(user(users.loadUserByUsername("head"))).with(csrf())).andReturn();
		assertThat(other.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("The selected file must be a CSV file or an Excel workbook (.xlsx)");
	}
}

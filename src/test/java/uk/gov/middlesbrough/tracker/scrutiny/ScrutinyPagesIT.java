package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

class ScrutinyPagesIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(AsOf.UK);

	@Autowired
	UserDetailsService users;

	private ScrutinyFixtures fixtures;
	private long review;

	@BeforeEach
	void review() {
		fixtures = new ScrutinyFixtures(jdbc);
		review = fixtures.review("Pages review " + System.nanoTime());
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private long recommendation(String reference, RecommendationStatus status, LocalDate target, LocalDate reportBack) {
		return fixtures.recommendation(review, reference, "Recommendation " + reference + " of the fixture review", status, target,
				reportBack, Instant.parse("2022-07-12T09:00:00Z"));
	}

	@Test
	void everyoneReadsTheTrackerButOnlyTheKeepersAreOfferedChanges() throws Exception {
		long rec = recommendation("a", RecommendationStatus.NOT_STARTED, null, null);
		mvc.perform(get("/scrutiny").with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Locality Working from a Children&#39;s Services Perspective")))
			.andExpect(content().string(not(containsString("id=\"add-review\""))));
		mvc.perform(get("/scrutiny/reviews/{id}", review).with(user(as("newport.manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"add-recommendation\""))));
		mvc.perform(get("/scrutiny/recommendations/{id}", rec).with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"progress-form\""))))
			.andExpect(content().string(not(containsString("id=\"change-response\""))));
		mvc.perform(get("/scrutiny/recommendations/{id}", rec).with(user(as("scrutiny"))))
			.andExpect(content().string(containsString("id=\"progress-form\"")))
			.andExpect(content().string(containsString("id=\"change-response\"")));
		mvc.perform(get("/scrutiny").with(user(as("head")))).andExpect(content().string(containsString("id=\"add-review\"")));
	}

	@Test
	void aReaderCannotChangeAnythingEvenByPostingDirectly() throws Exception {
		long rec = recommendation("a", RecommendationStatus.NOT_STARTED, null, null);
		mvc.perform(progress(rec, "viewer", TODAY, "Not mine", "COMPLETED", 0)).andExpect(status().isForbidden());
		mvc.perform(post("/scrutiny/recommendations/{id}/response", rec).with(user(as("newport.manager"))).with(csrf())
				.param("status", "COMPLETED").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/scrutiny/recommendations/{id}/response", rec).with(user(as("admin")))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from scrutiny_recommendation where id = ?", String.class, rec))
			.isEqualTo("NOT_STARTED");
		assertThat(historyKinds(rec)).containsExactly("ADDED");
	}

	@Test
	void aProgressUpdateIsKeptAsHistoryWithItsStatusChange() throws Exception {
		long rec = recommendation("c", RecommendationStatus.NOT_STARTED, LocalDate.of(2022, 9, 30), null);
		mvc.perform(progress(rec, "scrutiny", LocalDate.of(2022, 9, 20), "Early Help allocation reviewed", "IN_PROGRESS", 0))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + rec));
		mvc.perform(progress(rec, "head", LocalDate.of(2022, 9, 27), "Allocation agreed with the partnership", "COMPLETED", 1)
				.with(ScrutinyFixtures.panelAgreed("Scrutiny panel, 27 September 2022", LocalDate.of(2022, 9, 27))))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + rec));

		assertThat(jdbc.queryForList("""
				select kind || ' ' || coalesce(old_status, '-') || ' ' || status || ' ' || coalesce(update_on::text, '-') || ' '
				       || recorded_by || ' ' || coalesce(note, '-')
				from scrutiny_recommendation_history where scrutiny_recommendation_id = ? order by id""", String.class, rec))
			.containsExactly("ADDED - NOT_STARTED - fixture -",
					"PROGRESS NOT_STARTED IN_PROGRESS 2022-09-20 scrutiny Early Help allocation reviewed",
					"PROGRESS IN_PROGRESS COMPLETED 2022-09-27 head Allocation agreed with the partnership");
		mvc.perform(get("/scrutiny/recommendations/{id}", rec).with(user(as("viewer"))))
			.andExpect(content().string(containsString("Progress update of 27 September 2022")))
			.andExpect(content().string(containsString("Status: In progress to Completed")))
			.andExpect(content().string(containsString("Allocation agreed with the partnership")))
			.andExpect(content().string(containsString("Early Help allocation reviewed")));
	}

	@Test
	void aProgressUpdateThatKeepsTheStatusStillMovesTheVersionOnSoAStaleFormIsRefused() throws Exception {
		long rec = recommendation("j", RecommendationStatus.IN_PROGRESS, LocalDate.of(2023, 1, 31), null);
		mvc.perform(progress(rec, "scrutiny", TODAY, "Steering Group met", "IN_PROGRESS", 0))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + rec));
		mvc.perform(progress(rec, "head", TODAY, "Second editor, stale page", "COMPLETED", 0)
				.with(ScrutinyFixtures.panelAgreed("Scrutiny panel, 27 September 2022", LocalDate.of(2022, 9, 27))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this recommendation")))
			.andExpect(content().string(containsString("Steering Group met")));
		assertThat(jdbc.queryForObject("select status from scrutiny_recommendation where id = ?", String.class, rec))
			.isEqualTo("IN_PROGRESS");
		assertThat(historyKinds(rec)).containsExactly("ADDED", "PROGRESS");
	}

	@Test
	void refusesAProgressUpdateWithoutANoteOrDatedInTheFuture() throws Exception {
		long rec = recommendation("a", RecommendationStatus.NOT_STARTED, null, null);
		mvc.perform(progress(rec, "scrutiny", TODAY.plusDays(1), "  ", "IN_PROGRESS", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#updateOn\">The date of the update must be today or in the past</a>")))
			.andExpect(content().string(containsString("href=\"#note\">Enter what has happened</a>")));
		mvc.perform(post("/scrutiny/recommendations/{id}/progress", rec).with(user(as("scrutiny"))).with(csrf())
				.param("updateOn.day", "31").param("updateOn.month", "2").param("updateOn.year", "2023").param("note", "x")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#updateOn\">The date of the update must be a real date</a>")))
			.andExpect(content().string(containsString("href=\"#status\">Select the status after this update</a>")));
		assertThat(historyKinds(rec)).containsExactly("ADDED");
	}

	@Test
	void recordingAResponseKeepsTheWordsDerivesTheTargetDateAndRecordsTheStatusChange() throws Exception {
		long rec = recommendation("b(i)", RecommendationStatus.NOT_STARTED, null, null);
		mvc.perform(response(rec, "scrutiny", 0).param("status", "IN_PROGRESS")
				.param("comment", "The Children's Trust had an extraordinary meeting")
				.param("proposedAction", "Facilitate a workshop for senior representatives")
				.param("responsiblePost", "Head of Stronger Communities").param("budgetText", "No additional budget required")
				.param("budgetAmount", "£1,250.50").param("timescaleText", "December 2022"))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + rec));
		Map<String, Object> saved = jdbc.queryForMap("select * from scrutiny_recommendation where id = ?", rec);
		assertThat(saved.get("status")).isEqualTo("IN_PROGRESS");
		assertThat(saved.get("timescale_text")).isEqualTo("December 2022");
		assertThat(saved.get("target_date").toString()).isEqualTo("2022-12-31");
		assertThat(saved.get("budget_amount").toString()).isEqualTo("1250.50");
		assertThat(jdbc.queryForObject("""
				select old_status || ' ' || status || ' ' || target_date from scrutiny_recommendation_history
				where scrutiny_recommendation_id = ? and kind = 'RESPONSE'""", String.class, rec))
			.isEqualTo("NOT_STARTED IN_PROGRESS 2022-12-31");

		mvc.perform(get("/scrutiny/recommendations/{id}", rec).with(user(as("viewer"))))
			.andExpect(content().string(containsString("£1,250.50")))
			.andExpect(content().string(containsString("31 December 2022")))
			.andExpect(content().string(containsString("Status: Not started to In progress")))
			.andExpect(content().string(containsString("Comment changed")))
			.andExpect(content().string(containsString("Timescale: Fixture timescale to December 2022")))
			.andExpect(content().string(containsString("Target date: not recorded to 31 December 2022")));
	}

	@Test
	void savingAnUnchangedResponseAddsNoHistory() throws Exception {
		long rec = recommendation("e", RecommendationStatus.IN_PROGRESS, LocalDate.of(2023, 10, 31), null);
		mvc.perform(response(rec, "scrutiny", 0).param("status", "IN_PROGRESS").param("proposedAction", "Fixture action")
				.param("responsiblePost", "Head of Stronger Communities").param("budgetText", "No additional budget required")
				.param("timescaleText", "Fixture timescale").param("targetDate.day", "31").param("targetDate.month", "10")
				.param("targetDate.year", "2023"))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + rec));
		assertThat(historyKinds(rec)).containsExactly("ADDED");
	}

	@Test
	void refusesAResponseWithAnActionButNoTimescaleAndABadAmount() throws Exception {
		long rec = recommendation("i", RecommendationStatus.NOT_STARTED, null, null);
		mvc.perform(response(rec, "head", 0).param("status", "NOT_STARTED").param("proposedAction", "Provide training")
				.param("budgetAmount", "28.5k").param("reportBackOn.day", "40").param("reportBackOn.month", "1")
				.param("reportBackOn.year", "2023"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#budgetAmount\">Budget amount must be an amount in pounds")))
			.andExpect(content().string(containsString("href=\"#timescaleText\">Enter the timescale of the proposed action")))
			.andExpect(content().string(containsString("href=\"#reportBackOn\">The date of the report back to the panel must be a real date")));
		assertThat(historyKinds(rec)).containsExactly("ADDED");
	}

	@Test
	void aStaleResponseFormIsRefusedAndShowsTheLatestValues() throws Exception {
		long rec = recommendation("d", RecommendationStatus.NOT_STARTED, null, null);
		mvc.perform(response(rec, "scrutiny", 0).param("status", "COMPLETED").param("comment", "First editor")
				.with(ScrutinyFixtures.panelAgreed("Scrutiny panel, 27 September 2022", LocalDate.of(2022, 9, 27))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(response(rec, "head", 0).param("status", "NOT_ACCEPTED").param("comment", "Second editor")
				.with(ScrutinyFixtures.panelAgreed("Scrutiny panel, 27 September 2022", LocalDate.of(2022, 9, 27))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"latest-values\"")))
			.andExpect(content().string(containsString("First editor")))
			.andExpect(content().string(containsString("Someone else changed this recommendation")));
		assertThat(jdbc.queryForObject("select response_comment from scrutiny_recommendation where id = ?", String.class, rec))
			.isEqualTo("First editor");
	}

	@Test
	void theKeepersAddAReviewAndItsRecommendations() throws Exception {
		String topic = "Early Help in Hemlington " + System.nanoTime();
		String location = mvc.perform(post("/scrutiny/reviews").with(user(as("scrutiny"))).with(csrf())
				.param("panel", "Children and Young People's Social Care and Services Scrutiny Panel").param("topic", topic)
				.param("finalReportOn.day", "14").param("finalReportOn.month", "3").param("finalReportOn.year", "2024"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long added = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select response_on is null and created_by = 'scrutiny' from scrutiny_review where id = ?",
				Boolean.class, added)).isTrue();

		mvc.perform(post("/scrutiny/reviews/{id}/recommendations", added).with(user(as("head"))).with(csrf())
				.param("reference", "G (II)").param("text", "That holiday activities are co-ordinated between partners."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/scrutiny/reviews/{id}/recommendations", added).with(user(as("head"))).with(csrf())
				.param("reference", "g(ii)").param("text", "The same reference again."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#reference\">This review already has a recommendation g(ii)</a>")));
		mvc.perform(post("/scrutiny/reviews/{id}/recommendations", added).with(user(as("head"))).with(csrf())
				.param("reference", "7").param("text", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#reference\">Reference must be a letter")))
			.andExpect(content().string(containsString("href=\"#text\">Enter the recommendation</a>")));
		assertThat(jdbc.queryForList("""
				select r.reference || ' ' || r.status || ' ' || h.kind from scrutiny_recommendation r
				join scrutiny_recommendation_history h on h.scrutiny_recommendation_id = r.id where r.scrutiny_review_id = ?""",
				String.class, added)).containsExactly("g(ii) NOT_STARTED ADDED");

		mvc.perform(post("/scrutiny/reviews").with(user(as("head"))).with(csrf())
				.param("panel", "children and young people's social care and services scrutiny panel").param("topic", topic.toUpperCase())
				.param("finalReportOn.day", "14").param("finalReportOn.month", "3").param("finalReportOn.year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#topic\">This panel already has a review of this topic</a>")));
	}

	@Test
	void refusesAReviewWithoutItsPanelOrWithAResponseBeforeTheReport() throws Exception {
		mvc.perform(post("/scrutiny/reviews").with(user(as("scrutiny"))).with(csrf()).param("panel", "").param("topic", "Topic")
				.param("finalReportOn.day", "26").param("finalReportOn.month", "4").param("finalReportOn.year", "2022")
				.param("responseOn.day", "12").param("responseOn.month", "4").param("responseOn.year", "2022"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#panel\">Enter the scrutiny panel</a>")))
			.andExpect(content().string(containsString(
					"href=\"#responseOn\">The date of the executive&#39;s response must be the same as or after the date of the final report</a>")));
		mvc.perform(post("/scrutiny/reviews").with(user(as("scrutiny"))).with(csrf()).param("panel", "Panel").param("topic", "Topic"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#finalReportOn\">Enter the date of the final report</a>")));
		assertThat(jdbc.queryForObject("select count(*) from scrutiny_review where topic = 'Topic'", Integer.class)).isZero();
	}

	@Test
	void filtersByStatusAndFlagAndExportsWhatIsShown() throws Exception {
		recommendation("a", RecommendationStatus.IN_PROGRESS, null, null);
		recommendation("b", RecommendationStatus.IN_PROGRESS, TODAY.minusDays(1), null);
		recommendation("c", RecommendationStatus.COMPLETED, TODAY.minusDays(1), TODAY.plusWeeks(6));
		recommendation("d", RecommendationStatus.NOT_ACCEPTED, null, null);

		mvc.perform(get("/scrutiny/reviews/{id}", review).param("status", "IN_PROGRESS").with(user(as("viewer"))))
			.andExpect(content().string(containsString("Showing 2 of 4 recommendations")))
			.andExpect(content().string(containsString("id=\"recommendation-a\"")))
			.andExpect(content().string(not(containsString("id=\"recommendation-c\""))));
		mvc.perform(get("/scrutiny/reviews/{id}", review).param("flag", "REPORT_BACK_DUE").with(user(as("viewer"))))
			.andExpect(content().string(containsString("Showing 1 of 4 recommendations")))
			.andExpect(content().string(containsString("id=\"recommendation-c\"")));
		mvc.perform(get("/scrutiny/reviews/{id}", review).param("flag", "NONE").param("status", "nonsense").with(user(as("viewer"))))
			.andExpect(content().string(containsString("Showing 2 of 4 recommendations")));

		String csv = mvc.perform(get("/scrutiny/reviews/{id}/export", review).param("format", "csv").param("flag", "ANY")
				.with(user(as("viewer")))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).contains("Ref.,Recommendation,Comment,Proposed action,Responsible post,Budget cost")
			.contains("b,Recommendation b of the fixture review,,Fixture action,Head of Stronger Communities")
			.contains("In progress,Response overdue (" + TODAY.minusDays(1) + ")")
			.contains("Completed,Report back due (" + TODAY.plusWeeks(6) + ")");
	}

	@Test
	void exportsTheTrackerAsXlsxWithDatesAndAmountsAsTheirOwnTypes() throws Exception {
		long demo = fixtures.demoReview();
		byte[] xlsx = mvc.perform(get("/scrutiny/reviews/{id}/export", demo).param("format", "xlsx").with(user(as("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(14);
			org.dhatim.fastexcel.reader.Row c = rows.get(4);
			assertThat(c.getCell(0).asString()).isEqualTo("c");
			// No amount: the paper commits no budget (its words are in the budget column).
			assertThat(c.getCell(6) == null || c.getCell(6).getType() == org.dhatim.fastexcel.reader.CellType.EMPTY).isTrue();
			assertThat(c.getCell(8).asDate().toLocalDate()).isEqualTo(LocalDate.of(2022, 9, 30));
			assertThat(c.getCell(10).asString()).isEqualTo("Completed");
		}
		mvc.perform(get("/scrutiny/reviews/{id}/export", demo).param("format", "pdf").with(user(as("viewer"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void exportsTheReviewsWithTheirCounts() throws Exception {
		String csv = mvc.perform(get("/scrutiny/export").param("format", "csv").with(user(as("viewer")))).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Panel,Review,Date of the final report,Date of the executive's response,Recommendations,"
				+ "Not started,In progress,Completed,Not accepted,Response overdue,Report back due")
			.contains("Children and Young People's Social Care and Services Scrutiny Panel,"
				+ "Locality Working from a Children's Services Perspective,2022-04-26,2022-07-12,13,0,2,11,0,1,1");
	}

	@Test
	void unknownReviewsAndRecommendationsAreNotFound() throws Exception {
		mvc.perform(get("/scrutiny/reviews/{id}", 987654321).with(user(as("viewer")))).andExpect(status().isNotFound());
		mvc.perform(get("/scrutiny/recommendations/{id}", 987654321).with(user(as("viewer")))).andExpect(status().isNotFound());
	}

	@Test
	void theTrackerPageCostsTheSameStatementsWithTwoOrFortyRecommendations() throws Exception {
		long small = fixtures.review("Small review " + System.nanoTime());
		long large = fixtures.review("Large review " + System.nanoTime());
		Instant at = Instant.parse("2022-07-12T09:00:00Z");
		for (String reference : List.of("a", "b")) {
			fixtures.recommendation(small, reference, "Small " + reference, RecommendationStatus.NOT_STARTED, TODAY, null, at);
		}
		for (int i = 0; i < 40; i++) {
			String reference = String.valueOf((char) ('a' + i / 10)) + (i % 10 == 0 ? "" : "(" + roman(i % 10) + ")");
			long id = fixtures.recommendation(large, reference, "Large " + i, RecommendationStatus.IN_PROGRESS, TODAY.minusDays(i),
					TODAY.plusDays(i), at);
			fixtures.progress(id, "Update " + i, at.plusSeconds(60));
		}
		int smallCount = statementsFor("/scrutiny/reviews/" + small);
		int largeCount = statementsFor("/scrutiny/reviews/" + large);
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(8);
		assertThat(statementsFor("/scrutiny/reviews/" + large + "/export?format=xlsx"))
			.isEqualTo(statementsFor("/scrutiny/reviews/" + small + "/export?format=xlsx")).isLessThanOrEqualTo(smallCount);
		assertThat(statementsFor("/scrutiny")).isLessThanOrEqualTo(8);
	}

	@Test
	void theRecommendationPageCostsTheSameStatementsWithOneOrThirtyHistoryEntries() throws Exception {
		Instant at = Instant.parse("2022-07-12T09:00:00Z");
		long quiet = recommendation("a", RecommendationStatus.NOT_STARTED, null, null);
		long busy = recommendation("b", RecommendationStatus.IN_PROGRESS, null, null);
		for (int i = 0; i < 30; i++) {
			fixtures.progress(busy, "Update " + i, at.plusSeconds(3600L * (i + 1)));
		}
		int quietCount = statementsFor("/scrutiny/recommendations/" + quiet);
		assertThat(statementsFor("/scrutiny/recommendations/" + busy)).isEqualTo(quietCount).isLessThanOrEqualTo(8);
	}

	private static String roman(int n) {
		return List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix").get(n - 1);
	}

	private int statementsFor(String path) throws Exception {
		UserDetails scrutiny = as("scrutiny");
		StatementCounter.reset();
		mvc.perform(get(path).with(user(scrutiny))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private MockHttpServletRequestBuilder progress(long rec, String username, LocalDate on, String note, String status,
			long version) {
		return post("/scrutiny/recommendations/{id}/progress", rec).with(user(as(username))).with(csrf())
				.param("updateOn.day", String.valueOf(on.getDayOfMonth())).param("updateOn.month", String.valueOf(on.getMonthValue()))
				.param("updateOn.year", String.valueOf(on.getYear())).param("note", note).param("status", status)
				.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder response(long rec, String username, long version) {
		return post("/scrutiny/recommendations/{id}/response", rec).with(user(as(username))).with(csrf())
				.param("version", String.valueOf(version));
	}

	private List<String> historyKinds(long rec) {
		return jdbc.queryForList("select kind from scrutiny_recommendation_history where scrutiny_recommendation_id = ? order by id",
				String.class, rec);
	}
}

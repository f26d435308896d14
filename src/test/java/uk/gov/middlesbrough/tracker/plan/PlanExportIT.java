package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class PlanExportIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Test
	void exportsAPlansActionsWithAHostileCommentaryNeutralisedAndNumbersAsNumbers() throws Exception {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		long locality = fixtures.locality("Export Ward " + System.nanoTime());
		long plan = fixtures.plan(locality, 1);
		long action = fixtures.action(plan, "=cmd|' /C calc'!A0", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "2",
				Instant.now());
		fixtures.progress(action, 40, Instant.now());

		MockHttpServletResponse csv = mvc.perform(get("/plans/{id}/export", plan).param("format", "csv")
				.with(user(users.loadUserByUsername("viewer")))).andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("'=cmd|' /C calc'!A0,Neighbourhood Manager,6 sessions,2026-01-01,2027-01-01,40,");

		MockHttpServletResponse xlsx = mvc.perform(get("/plans/{id}/export", plan).param("format", "xlsx")
				.with(user(users.loadUserByUsername("viewer")))).andReturn().getResponse();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Action");
			assertThat(rows.get(1).getCell(0).asString()).isEqualTo("'=cmd|' /C calc'!A0");
			assertThat(rows.get(1).getCell(5).getType()).isEqualTo(CellType.NUMBER);
			assertThat(rows.get(1).getCell(5).asNumber()).isEqualByComparingTo("40");
			assertThat(rows.get(1).getCell(7).asNumber()).isEqualByComparingTo("2");
		}
	}

	@Test
	void exportsALocalitysNinePlans() throws Exception {
		long northOrmesby = new PlanFixtures(jdbc).locality("North Ormesby");
		String text = mvc.perform(get("/localities/{id}/plans/export", northOrmesby).param("format", "csv")
				.with(user(users.loadUserByUsername("scrutiny")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text.lines()).hasSize(10);
		assertThat(text).contains("Making People Feel Safe").contains("Employment, Skills and Financial Inclusion");
	}

	@Test
	void answersNotFoundForAnUnknownFormat() throws Exception {
		long northOrmesby = new PlanFixtures(jdbc).locality("North Ormesby");
		assertThat(mvc.perform(get("/localities/{id}/plans/export", northOrmesby).param("format", "pdf")
				.with(user(users.loadUserByUsername("scrutiny")))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}
}

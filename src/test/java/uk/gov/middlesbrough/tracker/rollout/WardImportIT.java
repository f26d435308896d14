package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Ward figures imported on measures and wards of the test's own: a held ward with crime 10 for January 2022 (the file
 * says 12: changed), looked-after 5.5% of 20 children for April 2021 (the file repeats it: unchanged) and an
 * illustrative crime 8 for October 2021 (the file repeats it, so it becomes a real figure: changed), and a ward not
 * held yet (added, with a new figure).
 */
class WardImportIT extends IntegrationTest {

	private static final String HEADER = "ward,measure,period,value,people,source_note\n";

	@Autowired
	UserDetailsService users;

	private String suffix;
	private String crime;
	private String lookedAfter;
	private String held;
	private String added;

	@BeforeEach
	void wardsAndMeasuresOfTheirOwn() {
		suffix = String.valueOf(System.nanoTime());
		crime = "crime-" + suffix;
		lookedAfter = "cla-" + suffix;
		held = "Held ward " + suffix;
		added = "Added ward " + suffix;
		measure(crime, "Crime " + suffix, "RATE_PER_1000");
		measure(lookedAfter, "Looked after " + suffix, "PERCENTAGE");
		jdbc.update("insert into ward (name, population, children) values (?, 1000, 200)", held);
		figure(crime, "2022-01-01", "10", null, false);
		figure(lookedAfter, "2021-04-01", "5.5", 20, false);
		figure(crime, "2021-10-01", "8", null, true);
	}

	@Test
	void aFileWithABadRowSavesNothingAndReportsEveryBadRow() throws Exception {
		String csv = HEADER
				+ added + "," + crime + ",2022-01-01,7,,\n"
				+ held + "," + lookedAfter + ",2022-04-01,101,30,\n"
				+ held + ",burglary-" + suffix + ",2022-04-01,3,,\n";
		Document page = Jsoup.parse(upload("bad.csv", csv, "head").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select(".govuk-error-summary").text()).contains("2 problems were found. Nothing has been saved.");
		List<List<String>> report = rows(page, "#import-report");
		assertThat(report).hasSize(2);
		assertThat(report.get(0)).containsExactly("3", "value", "101", "value must be a percentage from 0 to 100 for " + lookedAfter);
		assertThat(report.get(1).subList(0, 3)).containsExactly("4", "measure", "burglary-" + suffix);
		assertThat(report.get(1).get(3)).startsWith("burglary-" + suffix + " is not a ward measure. The measures are: ")
			.contains(crime + ", ", lookedAfter);
		assertThat(count("select count(*) from ward where name = ?", added)).isZero();
		assertThat(count("select count(*) from import_batch where kind = 'WARD_FIGURES' and file_name = 'bad.csv' and content like ?",
				"%" + suffix + "%")).isZero();
		assertThat(figures()).containsExactly(held + " " + lookedAfter + " 2021-04-01 5.50 20",
				held + " " + crime + " 2021-10-01 8.00 - illustrative", held + " " + crime + " 2022-01-01 10.00 -");
	}

	@Test
	void aGoodFileIsPreviewedThenSavedShownOnTheRolloutPageAndTheSameFileAgainChangesNothing() throws Exception {
		String csv = HEADER
				+ held.toUpperCase() + "," + crime + ",01/01/2022,12,,Cleveland Police\n"
				+ held + "," + lookedAfter + ",2021-04-01,5.50,20,\n"
				+ held + "," + crime + ",2021-10-01,8,,\n"
				+ added + "," + crime + ",2022-01-01,7,,Cleveland Police\n";
		String preview = upload("wards.csv", csv, "head").andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(preview).matches("/rollout/import/\\d+");
		Document page = page(preview, "head");
		assertThat(page.select("#preview-counts").text()).isEqualTo("1 new, 2 corrected, 1 unchanged");
		assertThat(page.select("#new-wards li").eachText()).containsExactly(added + " (new ward)");
		assertThat(rows(page, "#import-preview")).containsExactly(
				List.of("2", "Correction", held, crime, "1 January 2022", "12", "", "Cleveland Police", "10"),
				List.of("3", "Unchanged", held, lookedAfter, "1 April 2021", "5.5", "20", "", "5.5"),
				List.of("4", "Correction", held, crime, "1 October 2021", "8", "", "", "8"),
				List.of("5", "New", added, crime, "1 January 2022", "7", "", "Cleveland Police", ""));
		assertThat(count("select count(*) from ward where name = ?", added)).as("nothing saved before confirming").isZero();

		mvc.perform(post(preview + "/confirm").with(csrf()).with(user(as("head"))))
			.andExpect(redirectedUrl("/rollout/import"))
			.andExpect(flash().attributeExists("success"));
		List<String> saved = List.of(added + " " + crime + " 2022-01-01 7.00 -", held + " " + lookedAfter + " 2021-04-01 5.50 20",
				held + " " + crime + " 2021-10-01 8.00 -", held + " " + crime + " 2022-01-01 12.00 -");
		assertThat(figures()).containsExactlyElementsOf(saved);
		long batch = Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select status || ' ' || new_count || ' ' || corrected_count || ' ' || unchanged_count from import_batch where id = ?",
				String.class, batch)).isEqualTo("CONFIRMED 1 2 1");

		Document rollout = page("/rollout", "viewer");
		int column = rollout.select("#wards thead th").eachText().indexOf("Crime " + suffix);
		assertThat(wardRow(rollout, held).get(column)).isEqualTo("12.0");
		assertThat(wardRow(rollout, added).get(column)).isEqualTo("7.0");

		String again = upload("wards.csv", csv, "head").andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		Document second = page(again, "head");
		assertThat(second.select("#preview-counts").text()).isEqualTo("0 new, 0 corrected, 4 unchanged");
		assertThat(second.select("#new-wards")).isEmpty();
		assertThat(second.select("#preview-nothing")).hasSize(1);
		assertThat(second.select("#confirm-import")).isEmpty();
		mvc.perform(post(again + "/confirm").with(csrf()).with(user(as("head")))).andExpect(redirectedUrl("/rollout/import"));
		assertThat(figures()).containsExactlyElementsOf(saved);
		assertThat(count("select count(*) from ward where lower(name) = lower(?)", added)).isEqualTo(1);
		assertThat(count("select count(*) from ward where lower(name) = lower(?)", held)).isEqualTo(1);
	}

	@Test
	void onlyTheHeadOfServiceImportsWardFigures() throws Exception {
		String csv = HEADER + added + "," + crime + ",2022-01-01,7,,\n";
		for (String username : List.of("viewer", "scrutiny", "newport.manager")) {
			mvc.perform(get("/rollout/import").with(user(as(username)))).andExpect(status().isForbidden());
			upload("refused.csv", csv, username).andExpect(status().isForbidden());
			assertThat(page("/rollout", username).select("#import-figures")).isEmpty();
		}
		assertThat(count("select count(*) from ward where name = ?", added)).isZero();
		Document home = page("/rollout", "head");
		assertThat(home.select("#import-figures").attr("href")).isEqualTo("/rollout/import");
		assertThat(page("/rollout/import", "head").select("h1").text()).isEqualTo("Import ward figures");
		String template = mvc.perform(get("/rollout/import/template.csv").with(user(as("head")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).startsWith("ward,measure,period,value,people,source_note\r\nNorth Ormesby,looked-after,2021-04-01,");
	}

	private ResultActions upload(String fileName, String csv, String username) throws Exception {
		return mvc.perform(multipart("/rollout/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user(as(username))));
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private Document page(String path, String username) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(as(username)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<List<String>> rows(Document page, String table) {
		return page.select(table + " tbody tr").stream().map(WardImportIT::cells).toList();
	}

	private static List<String> wardRow(Document rollout, String ward) {
		return rollout.select("#wards tbody tr").stream().map(WardImportIT::cells)
			.filter(cells -> cells.get(0).equals(ward)).findFirst().orElseThrow();
	}

	/** A row's cells' text, empty ones included. */
	private static List<String> cells(org.jsoup.nodes.Element row) {
		return row.select("th, td").stream().map(org.jsoup.nodes.Element::text).toList();
	}

	/** Every figure of the test's wards: ward, measure, period, value, people and whether illustrative. */
	private List<String> figures() {
		return jdbc.queryForList("""
				select w.name || ' ' || m.code || ' ' || f.period || ' ' || f.value || ' ' || coalesce(f.people_count::text, '-')
				       || case when f.illustrative then ' illustrative' else '' end
				from ward_figure f join ward w on w.id = f.ward_id join ward_measure m on m.id = f.ward_measure_id
				where w.name in (?, ?) order by w.name, m.code, f.period""", String.class, added, held);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private void measure(String code, String name, String unit) {
		jdbc.update("""
				insert into ward_measure (code, name, unit, need_direction, period_months, source, position)
				values (?, ?, ?, 'HIGHER_MEANS_MORE_NEED', 3, 'Test', 0)""", code, name, unit);
	}

	private void figure(String code, String period, String value, Integer people, boolean illustrative) {
		jdbc.update("""
				insert into ward_figure (ward_id, ward_measure_id, period, value, people_count, illustrative)
				select w.id, m.id, ?::date, ?::numeric, ?, ? from ward w, ward_measure m where w.name = ? and m.code = ?""",
				period, value, people, illustrative, held, code);
	}
}

package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * Every page with a table someone reads on a phone, at 375 px as each role sees it: the page does not scroll
 * sideways, no table is wider than the screen or scrolls inside its region, and every cell of every row (so each
 * row's RAG, against target, flags and review status, in words) lies within the screen. axe checks each page.
 */
class PhoneTablesBrowserIT extends BrowserTest {

	/** Finds what would need sideways scrolling on the page: tables, table regions, cells and tags beyond the screen. */
	private static final String MEASURE = """
			const width = document.documentElement.clientWidth;
			const beyond = el => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5); };
			const name = t => t.id || t.className;
			const problems = [];
			let rows = 0, tags = 0;
			for (const table of document.querySelectorAll('main table')) {
			  if (beyond(table)) problems.push('table ' + name(table) + ' is ' + Math.round(table.getBoundingClientRect().width) + ' px wide');
			  const region = table.closest('.app-table-wrapper');
			  if (region && region.scrollWidth > region.clientWidth + 1) problems.push('table ' + name(table) + ' scrolls sideways in its region');
			  for (const body of table.tBodies) for (const row of body.rows) {
			    if (row.getBoundingClientRect().width === 0) continue;
			    rows++;
			    for (const cell of row.cells) if (beyond(cell)) problems.push('a cell of ' + name(table) + ' is off screen: ' + cell.textContent.trim().slice(0, 60));
			    for (const tag of row.querySelectorAll('.govuk-tag')) {
			      tags++;
			      if (beyond(tag)) problems.push('tag "' + tag.textContent.trim() + '" in ' + name(table) + ' is off screen');
			    }
			  }
			}
			return { rows, tags, problems };
			""";

	private long newport;

	@BeforeEach
	void atPhoneWidth() {
		useMobileWidth();
		newport = localityId("Newport");
	}

	@Test
	void headOfServiceReadsEveryTableOnAPhone() {
		signIn("head");
		long plan = id("select min(id) from action_plan where locality_id = ?", newport);
		String dashboard = "/localities/" + newport + "/dashboard";

		assertStatusShown("/", "phone-home-head");
		assertStatusShown(dashboard, "phone-dashboard-newport");
		assertStatusShown(dashboard + "?asOf.day=1&asOf.month=6&asOf.year=2022", null);
		assertStatusShown("/compare?locality=" + newport + "&locality=" + localityId("North Ormesby"), "phone-compare");
		assertStatusShown("/localities/" + newport + "/plans", null);
		assertStatusShown("/plans/" + plan, null);
		assertStatusShown("/localities/" + newport + "/actions?show=all", null);
		assertStatusShown("/escalations", "phone-escalations");
		assertStatusShown("/localities/" + newport + "/escalations", null);
		assertStatusShown("/scrutiny/reviews/" + id("select min(id) from scrutiny_review"), "phone-scrutiny-tracker");
		assertStatusShown("/localities/" + newport + "/caseloads", null);
		for (String path : List.of("/actions/" + id("select min(id) from plan_action where action_plan_id = ?", plan),
				"/scrutiny", "/scrutiny/recommendations/" + id("select min(id) from scrutiny_recommendation"), "/indicators",
				"/indicators/" + id("select id from indicator where code = ?", "asb-incidents"),
				"/surveys", "/localities/" + newport + "/surveys", "/localities", "/meetings",
				"/meetings/" + id("select min(id) from panel_meeting"))) {
			assertReadsOnAPhone(path);
		}
	}

	@Test
	void aRowIsACardWhoseCellsAreLabelledByTheirColumnHeaders() {
		signIn("head");
		visit("/localities/" + newport + "/dashboard");
		WebElement row = driver.findElement(By.cssSelector("#plans tbody tr"));
		WebElement status = row.findElements(By.tagName("td")).get(2);
		assertThat(label(status)).startsWith("\"Actions by status\"");
		assertThat(status.getText()).containsPattern("Red: \\d+").containsPattern("Green: \\d+");
		// The label sits beside the value, and the row header (the plan) heads the card above them.
		WebElement planName = row.findElement(By.cssSelector("th"));
		assertThat(planName.getRect().getY()).isLessThan(status.getRect().getY());
		assertThat(driver.findElement(By.cssSelector("#plans thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
		assertThat(driver.findElement(By.id("plans")).getDomAttribute("role")).isEqualTo("table");
		assertThat(status.getDomAttribute("role")).isEqualTo("cell");

		useDesktopWidth();
		driver.navigate().refresh();
		assertThat(label(driver.findElements(By.cssSelector("#plans tbody tr td")).get(2))).isEqualTo("none");
	}

	@Test
	void neighbourhoodManagerReadsTheirLocalityOnAPhone() {
		signIn("newport.manager");
		assertStatusShown("/", null);
		assertStatusShown("/localities/" + newport + "/dashboard", null);
		// The manager's pages carry the Correct and Record links in a column of their own.
		assertStatusShown("/localities/" + newport + "/caseloads", null);
		assertReadsOnAPhone("/localities/" + newport + "/surveys");
	}

	@Test
	void planLeadViewerScrutinyOfficerAndAdministratorReadTheirTablesOnAPhone() {
		long plan = id("select min(id) from action_plan where locality_id = ?", localityId("North Ormesby"));
		for (Map.Entry<String, List<String>> role : Map.of(
				"police.lead", List.of("/", "/plans/" + plan),
				"viewer", List.of("/", "/scrutiny/reviews/" + id("select min(id) from scrutiny_review"), "/meetings"),
				"scrutiny", List.of("/", "/meetings"),
				"admin", List.of("/", "/admin/users")).entrySet()) {
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			signIn(role.getKey());
			for (String path : role.getValue()) {
				assertReadsOnAPhone(path);
			}
		}
	}

	/** Fails unless the page reads on a phone and its tables show at least one status tag, in words. */
	private void assertStatusShown(String path, String screenshot) {
		Measure measure = assertReadsOnAPhone(path);
		assertThat(measure.rows()).as("table rows on %s", path).isPositive();
		assertThat(measure.tags()).as("status tags in the tables on %s", path).isPositive();
		if (screenshot != null) {
			screenshot(screenshot);
		}
	}

	private Measure assertReadsOnAPhone(String path) {
		visit(path);
		assertNoSidewaysScrolling();
		assertThat((Long) driver.executeScript("return window.innerWidth")).isLessThanOrEqualTo(375);
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) driver.executeScript(MEASURE);
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) result.get("problems");
		assertThat(problems).as("what needs sideways scrolling on %s", path).isEmpty();
		return new Measure((Long) result.get("rows"), (Long) result.get("tags"));
	}

	private String label(WebElement cell) {
		return (String) driver.executeScript("return getComputedStyle(arguments[0], '::before').content", cell);
	}

	private long id(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private record Measure(long rows, long tags) {
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Sign-off of figures by period (issue 16, item 1): once a locality's figures from a source are signed off for April
 * 2022, the database refuses any write to them whichever path it comes by (SQL, the form, an import), except a
 * restatement's transaction; other months, sources and localities are untouched.
 */
class FigureSignOffIT extends IntegrationTest {

	private static final Instant RECORDED = Instant.parse("2022-05-10T09:00:00Z");
	private static final LocalDate APRIL = LocalDate.of(2022, 4, 30);

	@Autowired
	private UserDetailsService users;

	@Autowired
	private FigureSignOffs signOffs;

	@Autowired
	private TransactionTemplate transactions;

	private IndicatorFixtures fixtures;
	private long indicator;
	private long locality;
	private long other;
	private String code;
	private String localityName;

	@BeforeEach
	void aFigureForAprilSignedOff() {
		fixtures = new IndicatorFixtures(jdbc);
		String suffix = Long.toString(System.nanoTime(), 36);
		code = "signed-" + suffix;
		indicator = fixtures.indicator(code, "COUNT", "LOWER_IS_BETTER", null, "1");
		jdbc.update("update indicator set source = ? where id = ?", "Police " + suffix, indicator);
		localityName = "Signed " + suffix;
		locality = fixtures.locality(localityName);
		other = fixtures.locality("Unsigned " + suffix);
		fixtures.figure(indicator, locality, APRIL, "40", "Police return", RECORDED);
		fixtures.figure(indicator, other, APRIL, "40", "Police return", RECORDED);
		signOffs.signOff(locality, "Police " + suffix, SignOffPeriod.month(YearMonth.of(2022, 4)), head());
	}

	private SignedInUser head() {
		return (SignedInUser) users.loadUserByUsername("head");
	}

	private BigDecimal value(long localityId, LocalDate period) {
		return jdbc.queryForObject("select value from measurement where indicator_id = ? and locality_id = ? and period = ?",
				BigDecimal.class, indicator, localityId, period);
	}

	@Test
	void theDatabaseRefusesAnyWriteToASignedOffFigureButNotToOtherMonthsOrLocalities() {
		assertThatThrownBy(() -> jdbc.update("update measurement set value = 41 where indicator_id = ? and locality_id = ?",
				indicator, locality)).isInstanceOf(DataAccessException.class).hasMessageContaining("figures signed off");
		assertThatThrownBy(() -> jdbc.update("""
				with history as (delete from measurement_revision where measurement_id in
				    (select id from measurement where indicator_id = ? and locality_id = ?))
				delete from measurement where indicator_id = ? and locality_id = ?""", indicator, locality, indicator, locality))
			.hasMessageContaining("figures signed off");
		// Another day in the signed-off month is refused too; May, and the other locality's April, are not.
		assertThatThrownBy(() -> fixtures.figure(indicator, locality, LocalDate.of(2022, 4, 15), "3", null, RECORDED))
			.hasMessageContaining("figures signed off");
		fixtures.figure(indicator, locality, LocalDate.of(2022, 5, 31), "38", null, RECORDED);
		jdbc.update("update measurement set value = 41 where indicator_id = ? and locality_id = ?", indicator, other);

		assertThat(value(locality, APRIL)).isEqualByComparingTo("40");
		assertThat(value(other, APRIL)).isEqualByComparingTo("41");
		assertThat(FiguresSignedOff.in(catchWrite()).map(FiguresSignedOff::period)).contains(APRIL);
	}

	private Throwable catchWrite() {
		try {
			jdbc.update("update measurement set value = 42 where indicator_id = ? and locality_id = ?", indicator, locality);
			return null;
		}
		catch (DataAccessException ex) {
			return ex;
		}
	}

	@Test
	void aRestatementsTransactionMayChangeTheFigure() {
		transactions.executeWithoutResult(status -> {
			jdbc.execute("set local tracker.restatement = 'on'");
			jdbc.update("update measurement set value = 44 where indicator_id = ? and locality_id = ?", indicator, locality);
		});
		assertThat(value(locality, APRIL)).isEqualByComparingTo("44");
		// The setting ends with its transaction.
		assertThatThrownBy(() -> jdbc.update("update measurement set value = 45 where indicator_id = ? and locality_id = ?",
				indicator, locality)).hasMessageContaining("figures signed off");
	}

	@Test
	void theFormSaysTheFigureIsSignedOffAndSavesNothing() throws Exception {
		mvc.perform(post("/indicators/{id}/measurements", indicator).with(csrf()).with(user(users.loadUserByUsername("head")))
				.param("localityId", String.valueOf(locality)).param("period.day", "30").param("period.month", "4")
				.param("period.year", "2022").param("value", "12").param("sourceReference", "Police return"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This figure’s period is signed off")));
		assertThat(value(locality, APRIL)).isEqualByComparingTo("40");
	}

	@Test
	void anImportNamesTheRowThatWouldChangeASignedOffFigureAndSavesNothing() throws Exception {
		String csv = "indicator,locality,period,value,note,source_reference\n"
				+ code + "," + localityName + ",2022-05-31,37,,Police return\n"
				+ code + "," + localityName + ",2022-04-30,12,,Police return\n";
		mvc.perform(multipart("/indicators/import")
				.file(new MockMultipartFile("file", "signed.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()).with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 problem was found. Nothing has been saved.")))
			.andExpect(content().string(containsString("are signed off, so this row cannot record or change one")));
		assertThat(value(locality, APRIL)).isEqualByComparingTo("40");
		assertThat(fixtures.count("select count(*) from measurement where indicator_id = ? and period = date '2022-05-31'",
				indicator)).isZero();
	}

	@Test
	void anImportRowRepeatingTheSignedOffFigureIsNoProblem() throws Exception {
		String csv = "indicator,locality,period,value,note,source_reference\n"
				+ code + "," + localityName + ",2022-04-30,40,,Police return\n";
		mvc.perform(multipart("/indicators/import")
				.file(new MockMultipartFile("file", "same.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()).with(user(users.loadUserByUsername("head"))))
			.andExpect(status().is3xxRedirection()); // to the preview: no problem found
	}

	@Test
	void theHeadSignsOffAQuarterOnTheLocalitysSignOffPageWhichEveryoneReads() throws Exception {
		var head = users.loadUserByUsername("head");
		String source = jdbc.queryForObject("select source from indicator where id = ?", String.class, indicator);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/localities/{id}/sign-off", locality)
					.with(user(head))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		// April 2022 has figures and has ended; so has the quarter it is in, April to June 2022 (Q1 of 2022/23).
		assertThat(page.select("#period option").eachAttr("value")).contains("2022-04", "2022-Q1");
		assertThat(page.select("#period option[value=2022-Q1]").text()).isEqualTo("Quarter 1 of 2022/23 (April to June 2022)");
		assertThat(page.select("#sign-offs tbody tr").eachText()).singleElement().asString()
			.startsWith("April 2022 " + source + " Demo Head of Service");

		mvc.perform(post("/localities/{id}/sign-off", locality).with(csrf()).with(user(head)).param("source", source)
				.param("period", "2030-01"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Choose a month or quarter from the list")));
		mvc.perform(post("/localities/{id}/sign-off", locality).with(csrf()).with(user(head)).param("source", source)
				.param("period", "2022-04"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("signed off for that period already")));
		mvc.perform(post("/localities/{id}/sign-off", locality).with(csrf()).with(user(head)).param("source", source)
				.param("period", "2022-Q1"))
			.andExpect(status().is3xxRedirection());
		assertThat(signOffs.of(locality)).extracting(SignOff::period)
			.contains(new SignOffPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));

		mvc.perform(post("/localities/{id}/sign-off", other).with(csrf()).with(user(users.loadUserByUsername("police.lead")))
				.param("source", source).param("period", "2022-04"))
			.andExpect(status().isForbidden());
		org.jsoup.nodes.Document viewer = org.jsoup.Jsoup.parse(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/localities/{id}/sign-off", locality)
					.with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(viewer.select("#sign-off-form")).isEmpty();
		assertThat(viewer.select("#sign-offs tbody tr")).hasSize(2);

		org.jsoup.nodes.Document localityPage = org.jsoup.Jsoup.parse(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/localities/{id}", locality)
					.with(user(users.loadUserByUsername("viewer")))).andReturn().getResponse().getContentAsString());
		assertThat(localityPage.select("#locality-links a").eachAttr("id")).containsExactly("locality-dashboard",
				"locality-plans", "locality-surveys", "locality-caseloads", "locality-escalations", "locality-sign-off");
	}

	@Test
	void aPeriodIsSignedOffOnceAndOnlyByTheFiguresOwner() {
		String source = jdbc.queryForObject("select source from indicator where id = ?", String.class, indicator);
		assertThatThrownBy(() -> signOffs.signOff(locality, source, SignOffPeriod.month(YearMonth.of(2022, 4)), head()))
			.isInstanceOf(FigureSignOffs.AlreadySignedOff.class);
		SignedInUser police = (SignedInUser) users.loadUserByUsername("police.lead");
		assertThatThrownBy(() -> signOffs.signOff(other, source, SignOffPeriod.month(YearMonth.of(2022, 4)), police))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(signOffs.of(locality)).singleElement().satisfies(signOff -> {
			assertThat(signOff.source()).isEqualTo(source);
			assertThat(signOff.period()).isEqualTo(new SignOffPeriod(LocalDate.of(2022, 4, 1), APRIL));
			assertThat(signOff.signedOffBy()).isEqualTo("head");
		});
	}
}

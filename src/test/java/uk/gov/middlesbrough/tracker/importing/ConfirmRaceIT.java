package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Five confirms of one checked import at the same moment (a double click, a resent request): one saves the file,
 * the other four are told it has already been saved, none fails, and every row is saved once.
 */
class ConfirmRaceIT extends IntegrationTest {

	private static final int CONFIRMS = 5;

	@Autowired
	UserDetailsService users;

	/** Each import: its path, a two-row file for a fresh locality, and how many rows that file saves. */
	enum Kind {
		CASELOADS("/caseloads/import", (ward, indicator) -> """
				locality,snapshot_date,role,post_label,children,families,children_under_six_months,source
				%1$s,2021-11-22,SOCIAL_WORKER,Social Worker 1,25,11,6,
				%1$s,2021-11-22,SOCIAL_WORKER,Social Worker 2,20,9,4,
				""".formatted(ward),
				"select count(*) from caseload_snapshot s join locality l on l.id = s.locality_id where l.name = ?"),
		INDICATORS("/indicators/import", (ward, indicator) -> """
				indicator,locality,period,value,note,source_reference
				%2$s,%1$s,2021-06-30,48,,
				%2$s,%1$s,2021-07-31,50,,
				""".formatted(ward, indicator),
				"select count(*) from measurement m join locality l on l.id = m.locality_id where l.name = ?"),
		SURVEYS("/surveys/import", (ward, indicator) -> """
				locality,wave,wave_date,question,percentage_agreeing,respondents
				%1$s,March 2021,2021-03-01,safe_day,35.49,
				%1$s,March 2021,2021-03-01,safe_dark,13.9,93
				""".formatted(ward),
				"""
				select count(*) from survey_result r join survey_wave w on w.id = r.survey_wave_id
				join locality l on l.id = w.locality_id where l.name = ?""");

		final String path;
		final BiFunction<String, String, String> file;
		final String savedRows;

		Kind(String path, BiFunction<String, String, String> file, String savedRows) {
			this.path = path;
			this.file = file;
			this.savedRows = savedRows;
		}
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void oneOfFiveConfirmsAtOnceSavesAndTheOthersAreToldItIsAlreadySaved(Kind kind) throws Exception {
		String ward = "Confirm Race Ward " + System.nanoTime();
		new PlanFixtures(jdbc).locality(ward);
		String indicator = jdbc.queryForObject("select code from indicator where unit = 'COUNT' order by id limit 1", String.class);
		String csv = kind.file.apply(ward, indicator);
		String preview = mvc.perform(multipart(kind.path)
				.file(new MockMultipartFile("file", "race.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(users.loadUserByUsername("head"))).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(preview).as("staged").matches(kind.path + "/\\d+");

		List<String> outcomes = confirmAtOnce(preview + "/confirm");

		assertThat(outcomes).containsExactlyInAnyOrder("saved", "import.refused.alreadyConfirmed",
				"import.refused.alreadyConfirmed", "import.refused.alreadyConfirmed", "import.refused.alreadyConfirmed");
		assertThat(jdbc.queryForObject(kind.savedRows, Integer.class, ward)).isEqualTo(2);
	}

	/** What each confirm got: "saved", the key of the problem it was told, or the status or exception of a failure. */
	private List<String> confirmAtOnce(String confirm) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CONFIRMS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < CONFIRMS; i++) {
				Callable<String> call = () -> {
					start.await();
					try {
						MvcResult result = mvc.perform(post(confirm).with(user(users.loadUserByUsername("head"))).with(csrf()))
							.andReturn();
						if (result.getResponse().getStatus() != 302) {
							return "status " + result.getResponse().getStatus();
						}
						ImportProblem problem = (ImportProblem) result.getFlashMap().get("importProblem");
						return problem == null ? "saved" : problem.messageKey();
					}
					catch (Exception ex) {
						return "failed: " + ex;
					}
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}

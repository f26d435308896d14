package uk.gov.middlesbrough.tracker.survey;

import static java.util.Map.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Survey routes, tried on a locality no demo manager manages: only the head of service may enter its figures,
 * while the import pages are open to everyone who may enter figures somewhere (head and neighbourhood
 * manager; each row is then checked against the user's locality). A staged import id that is not the user's
 * sends them back to the import page.
 */
public class SurveyMatrixRows implements MatrixRows {

	private static final Set<Role> FIGURE_ENTRY = EnumSet.of(Role.HEAD_OF_SERVICE, Role.NEIGHBOURHOOD_MANAGER);

	private long localityId;
	private long waveId;
	private long questionId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /surveys", ALL),
				entry("GET /localities/{id}/surveys", ALL),
				entry("GET /localities/{id}/surveys/chart.svg", ALL),
				entry("GET /localities/{id}/surveys/waves/new", HEAD),
				entry("POST /localities/{id}/surveys/waves", HEAD),
				entry("GET /localities/{id}/surveys/waves/{waveId}/questions/{questionId}", HEAD),
				entry("POST /localities/{id}/surveys/waves/{waveId}/questions/{questionId}", HEAD),
				entry("GET /surveys/questions/new", ADMIN_AND_HEAD),
				entry("POST /surveys/questions", ADMIN_AND_HEAD),
				entry("GET /surveys/import", FIGURE_ENTRY),
				entry("POST /surveys/import", FIGURE_ENTRY),
				entry("GET /surveys/import/template.csv", FIGURE_ENTRY),
				entry("GET /surveys/import/{batchId}", FIGURE_ENTRY),
				entry("POST /surveys/import/{batchId}/confirm", FIGURE_ENTRY));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		SurveyFixtures surveys = new SurveyFixtures(jdbc);
		localityId = surveys.locality("Survey Matrix Ward");
		waveId = surveys.wave(localityId, "September 2021", LocalDate.of(2021, 9, 1), null, Instant.parse("2021-10-15T09:00:00Z"));
		questionId = surveys.question("safe_day");
	}

	@Override
	public String concrete(String pattern) {
		String path = pattern.replace("{id}", String.valueOf(localityId))
				.replace("{waveId}", String.valueOf(waveId))
				.replace("{questionId}", String.valueOf(questionId))
				// No import with this id is waiting for anyone: allowed users are sent back to the import page.
				.replace("{batchId}", "999999");
		return path.endsWith("/chart.svg") ? path + "?question=" + questionId : path;
	}
}

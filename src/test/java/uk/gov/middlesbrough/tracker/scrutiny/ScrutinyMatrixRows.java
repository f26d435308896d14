package uk.gov.middlesbrough.tracker.scrutiny;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Scrutiny routes: everyone signed in reads the tracker; the scrutiny officer and the head of service keep it.
 * Tried on a review and recommendation of their own, so the demo tracker is never touched.
 */
public class ScrutinyMatrixRows implements MatrixRows {

	private static final Set<Role> KEEPERS = EnumSet.of(Role.SCRUTINY_OFFICER, Role.HEAD_OF_SERVICE);

	private long reviewId;
	private long recommendationId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /scrutiny", ALL),
				entry("GET /scrutiny/export", ALL),
				entry("GET /scrutiny/reviews/new", KEEPERS),
				entry("POST /scrutiny/reviews", KEEPERS),
				entry("GET /scrutiny/reviews/{id}", ALL),
				entry("GET /scrutiny/reviews/{id}/export", ALL),
				entry("GET /scrutiny/reviews/{id}/recommendations/new", KEEPERS),
				entry("POST /scrutiny/reviews/{id}/recommendations", KEEPERS),
				entry("GET /scrutiny/recommendations/{id}", ALL),
				entry("POST /scrutiny/recommendations/{id}/progress", KEEPERS),
				entry("GET /scrutiny/recommendations/{id}/response", KEEPERS),
				entry("POST /scrutiny/recommendations/{id}/response", KEEPERS),
				entry("POST /scrutiny/recommendations/{id}/actions", KEEPERS),
				entry("POST /scrutiny/recommendations/{id}/actions/{actionId}/unlink", KEEPERS));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		ScrutinyFixtures fixtures = new ScrutinyFixtures(jdbc);
		reviewId = fixtures.review("Matrix review");
		List<Long> found = jdbc.queryForList("select id from scrutiny_recommendation where scrutiny_review_id = ?", Long.class,
				reviewId);
		recommendationId = found.isEmpty()
				? fixtures.recommendation(reviewId, "a", "Matrix recommendation", RecommendationStatus.NOT_STARTED, null, null,
						Instant.parse("2022-07-12T09:00:00Z"))
				: found.get(0);
	}

	@Override
	public String concrete(String pattern) {
		long id = pattern.startsWith("/scrutiny/recommendations/") ? recommendationId : reviewId;
		return pattern.replace("{id}", String.valueOf(id)).replace("{actionId}", "1");
	}
}

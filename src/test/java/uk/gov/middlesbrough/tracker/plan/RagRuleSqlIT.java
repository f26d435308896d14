package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * The RAG rule's SQL form (the database's sums of a plan's RAG counts) gives what {@link RagRule#assess} gives, for
 * every action in a grid of start dates, spans and completions, on the day they are judged: 56 × 10 × 101 = 56,560
 * actions a threshold setting, including a start and due on the same day, the last day before due, and gaps exactly
 * at a threshold.
 */
class RagRuleSqlIT extends IntegrationTest {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	@ParameterizedTest
	@CsvSource({ "10, 25", "0, 0", "5, 50", "30, 30" })
	void theDatabaseJudgesEveryActionAsTheRuleDoes(int amberGap, int redGap) {
		RagRule rule = new RagRule(new RagThresholds(amberGap, redGap));
		List<String> differences = new ArrayList<>();
		int[] compared = { 0 };
		new NamedParameterJdbcTemplate(jdbc).query("""
				select x.start_date, x.due_date, x.completion, %s as rag
				from (select cast(:day as date) + s as start_date, cast(:day as date) + s + span as due_date, c as completion
				      from generate_series(-50, 5) s, unnest(array[0, 1, 2, 3, 4, 7, 10, 30, 100, 365]) span,
				           generate_series(0, 100) c) x""".formatted(rule.sql("x.start_date", "x.due_date", "x.completion",
				"cast(:day as date)")), new MapSqlParameterSource("day", DAY), rs -> {
					LocalDate start = rs.getObject("start_date", LocalDate.class);
					LocalDate due = rs.getObject("due_date", LocalDate.class);
					int completion = rs.getInt("completion");
					RagStatus expected = rule.assess(start, due, completion, DAY);
					if (!expected.name().equals(rs.getString("rag"))) {
						differences.add(start + " to " + due + " at " + completion + "%: rule " + expected + ", SQL " + rs.getString("rag"));
					}
					compared[0]++;
				});
		assertThat(compared[0]).isEqualTo(56 * 10 * 101);
		assertThat(differences).isEmpty();
	}
}

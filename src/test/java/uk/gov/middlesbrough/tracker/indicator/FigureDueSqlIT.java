package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** The SQL form of the figure-due rule gives what the Java form gives, for every frequency, period and day tried. */
class FigureDueSqlIT extends IntegrationTest {

	@Test
	void theSqlRuleAgreesWithTheJavaRuleOnEveryDayOfTwoYearsAroundEachPeriod() {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		List<String> mismatches = new ArrayList<>();
		int compared = 0;
		for (Frequency frequency : Frequency.values()) {
			for (LocalDate latest : List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 15), LocalDate.of(2025, 12, 31),
					LocalDate.of(2024, 2, 29), LocalDate.of(2026, 9, 30))) {
				List<String> states = named.queryForList("""
						select %s from generate_series(cast(:latest as date) - 31, cast(:latest as date) + 730, interval '1 day') d
						order by d""".formatted(FigureDue.sql(":frequency", "cast(:latest as date)", "d::date")),
						new MapSqlParameterSource("frequency", frequency.name()).addValue("latest", latest), String.class);
				for (int i = 0; i < states.size(); i++) {
					LocalDate day = latest.minusDays(31).plusDays(i);
					String expected = FigureDue.on(frequency, latest, day).name();
					compared++;
					if (!expected.equals(states.get(i))) {
						mismatches.add(frequency + " " + latest + " on " + day + ": SQL " + states.get(i) + ", Java " + expected);
					}
				}
			}
		}
		assertThat(mismatches).isEmpty();
		assertThat(compared).isEqualTo(4 * 5 * 762);
	}
}

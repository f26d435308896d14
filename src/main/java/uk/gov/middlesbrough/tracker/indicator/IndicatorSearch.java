package uk.gov.middlesbrough.tracker.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.search.SearchHit;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.search.SqlSearchSource;

/** PMF indicators found by name, code, description or source (a few hundred rows: no index needed). */
@Component
class IndicatorSearch extends SqlSearchSource {

	private static final String DOCUMENT = "name || ' ' || replace(code, '-', ' ') || ' ' || coalesce(description, '') || ' ' || source";

	IndicatorSearch(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, "indicators", "search.indicators", 40);
	}

	@Override
	protected String sql() {
		return """
				select id, name, source from indicator where %s order by name limit :limit""".formatted(SearchQuery.SQL_MATCH.formatted(DOCUMENT));
	}

	@Override
	protected SearchHit hit(ResultSet rs) throws SQLException {
		return new SearchHit(rs.getString("name"), rs.getString("source"), "/indicators/" + rs.getLong("id"));
	}
}

package uk.gov.middlesbrough.tracker.locality;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.search.SearchHit;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.search.SqlSearchSource;

/** Localities found by name, ward, base or manager. A few dozen rows: no index needed. */
@Component
class LocalitySearch extends SqlSearchSource {

	private static final String DOCUMENT = "name || ' ' || coalesce(ward, '') || ' ' || coalesce(base, '') || ' '"
			+ " || coalesce(neighbourhood_manager, '')";

	LocalitySearch(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, "localities", "search.localities", 10);
	}

	@Override
	protected String sql() {
		return """
				select id, name, ward from locality where %s order by name limit :limit""".formatted(SearchQuery.SQL_MATCH.formatted(DOCUMENT));
	}

	@Override
	protected SearchHit hit(ResultSet rs) throws SQLException {
		return new SearchHit(rs.getString("name"), rs.getString("ward"), "/localities/" + rs.getLong("id"));
	}
}

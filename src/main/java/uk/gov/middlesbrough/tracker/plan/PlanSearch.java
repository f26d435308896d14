package uk.gov.middlesbrough.tracker.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.search.SearchHit;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.search.SqlSearchSource;

/** Plans found by title, objectives, lead post or lead organisation (nine a locality: no index needed). */
@Component
class PlanSearch extends SqlSearchSource {

	private static final String DOCUMENT = "p.title || ' ' || coalesce(p.objectives, '') || ' ' || coalesce(p.lead_post, '')"
			+ " || ' ' || coalesce(p.lead_organisation, '')";

	PlanSearch(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, "plans", "search.plans", 20);
	}

	@Override
	protected String sql() {
		return """
				select p.id, p.title, l.name as locality from action_plan p join locality l on l.id = p.locality_id
				where %s order by l.name, p.position limit :limit""".formatted(SearchQuery.SQL_MATCH.formatted(DOCUMENT));
	}

	@Override
	protected SearchHit hit(ResultSet rs) throws SQLException {
		return new SearchHit(rs.getString("title"), rs.getString("locality"), "/plans/" + rs.getLong("id"));
	}
}

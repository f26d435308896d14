package uk.gov.middlesbrough.tracker.scrutiny;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.search.SearchHit;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.search.SqlSearchSource;

/** Scrutiny recommendations found by their text or the executive's response (tens of rows: no index needed). */
@Component
class RecommendationSearch extends SqlSearchSource {

	private static final String DOCUMENT = "r.reference || ' ' || r.text || ' ' || coalesce(r.response_comment, '')"
			+ " || ' ' || coalesce(r.proposed_action, '')";

	RecommendationSearch(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, "recommendations", "search.recommendations", 50);
	}

	@Override
	protected String sql() {
		return """
				select r.id, r.reference, r.text, v.topic from scrutiny_recommendation r
				join scrutiny_review v on v.id = r.scrutiny_review_id
				where %s order by v.final_report_on desc, r.sort_key limit :limit""".formatted(SearchQuery.SQL_MATCH.formatted(DOCUMENT));
	}

	@Override
	protected SearchHit hit(ResultSet rs) throws SQLException {
		return new SearchHit(rs.getString("reference") + ": " + TrackerRow.shorten(rs.getString("text")), rs.getString("topic"),
				"/scrutiny/recommendations/" + rs.getLong("id"));
	}
}

package uk.gov.middlesbrough.tracker.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * A source answered by one SQL statement taking {@code :q} (matched with {@link SearchQuery#SQL_MATCH}) and
 * {@code :limit}, each row made into a hit by {@link #hit}.
 */
@Transactional(readOnly = true)
public abstract class SqlSearchSource implements SearchSource {

	private final NamedParameterJdbcTemplate jdbc;
	private final String id;
	private final String headingKey;
	private final int order;

	protected SqlSearchSource(NamedParameterJdbcTemplate jdbc, String id, String headingKey, int order) {
		this.jdbc = jdbc;
		this.id = id;
		this.headingKey = headingKey;
		this.order = order;
	}

	/** The statement, best match first, at most {@code :limit} rows. */
	protected abstract String sql();

	protected abstract SearchHit hit(ResultSet rs) throws SQLException;

	@Override
	public String id() {
		return id;
	}

	@Override
	public String headingKey() {
		return headingKey;
	}

	@Override
	public int order() {
		return order;
	}

	@Override
	public List<SearchHit> search(SearchQuery query, SignedInUser user, int limit) {
		return jdbc.query(sql(), new MapSqlParameterSource("q", query.text()).addValue("limit", limit), (rs, i) -> hit(rs));
	}
}

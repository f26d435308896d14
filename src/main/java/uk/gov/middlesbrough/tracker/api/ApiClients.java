package uk.gov.middlesbrough.tracker.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The API clients as the administrator's pages list them, with how many calls each made and the latest. */
@Component
public class ApiClients {

	private static final String SELECT = """
			select c.id, c.name, c.organisation, c.issued_by, c.issued_at, c.revoked_at,
			       (select count(*) from api_call a where a.api_client_id = c.id) as calls,
			       (select max(a.called_at) from api_call a where a.api_client_id = c.id) as last_call
			from api_client c""";

	private final NamedParameterJdbcTemplate jdbc;

	ApiClients(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A client: who it is, why it has a token, who issued it and when, whether it is revoked, and its use. */
	public record ClientView(long id, String name, String organisation, String issuedBy, Instant issuedAt, Instant revokedAt,
			long calls, Instant lastCall) {

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** Every client, those still active first, then by name (one statement). */
	public List<ClientView> all() {
		return jdbc.query(SELECT + " order by c.revoked_at is not null, lower(c.name), c.id", new MapSqlParameterSource(),
				(rs, i) -> view(rs));
	}

	public Optional<ClientView> find(long id) {
		return jdbc.query(SELECT + " where c.id = :id", new MapSqlParameterSource("id", id), (rs, i) -> view(rs)).stream()
				.findFirst();
	}

	private static ClientView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ClientView(rs.getLong("id"), rs.getString("name"), rs.getString("organisation"), rs.getString("issued_by"),
				rs.getTimestamp("issued_at").toInstant(), instant(rs.getTimestamp("revoked_at")), rs.getLong("calls"),
				instant(rs.getTimestamp("last_call")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}

package uk.gov.middlesbrough.tracker.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of every call to the API ({@code api_call}), and what the administrator reads of it. */
@Component
public class ApiCalls {

	/** How many of a client's calls its page lists, latest first. */
	public static final int RECENT = 25;

	private static final int LONGEST = 2000;

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	ApiCalls(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One call as the client's page lists it. */
	public record Call(String method, String path, String query, int status, Instant calledAt) {
	}

	void record(Long clientId, String method, String path, String query, int status) {
		jdbc.update("""
				insert into api_call (api_client_id, method, path, query, status, called_at)
				values (:client, :method, :path, :query, :status, :at)""", new MapSqlParameterSource("client", clientId)
				.addValue("method", method).addValue("path", cut(path)).addValue("query", query == null ? null : cut(query))
				.addValue("status", status).addValue("at", Timestamp.from(clock.instant())));
	}

	/** A client's latest {@link #RECENT} calls, latest first (one statement). */
	public List<Call> recent(long clientId) {
		return jdbc.query("""
				select method, path, query, status, called_at from api_call where api_client_id = :client
				order by called_at desc, id desc limit :limit""",
				new MapSqlParameterSource("client", clientId).addValue("limit", RECENT),
				(rs, i) -> new Call(rs.getString("method"), rs.getString("path"), rs.getString("query"), rs.getInt("status"),
						rs.getTimestamp("called_at").toInstant()));
	}

	private static String cut(String text) {
		return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
	}
}

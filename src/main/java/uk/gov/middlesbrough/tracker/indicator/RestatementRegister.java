package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.audit.RecordWritten;
import uk.gov.middlesbrough.tracker.audit.RecordWritten.FieldChange;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * The register of restatements. Whoever may enter a locality's figures asks, with a reason, for a signed-off figure
 * to change; the head of service approves (the new value is written past the sign-off rule, in this transaction
 * only) or refuses. Every request stays in the register with who asked, who decided and when.
 */
@Component
@Transactional
public class RestatementRegister {

	private static final String COLUMNS = """
			select r.id, r.indicator_id, i.name as indicator_name, r.locality_id, l.name as locality_name, r.period,
			       r.old_value, r.new_value, r.reason, r.requested_at, r.decision, r.decided_at, r.decision_note, r.version,
			       coalesce(q.display_name || coalesce(', ' || q.post_title, ''), r.requested_by) as requested_by_name,
			       coalesce(d.display_name || coalesce(', ' || d.post_title, ''), r.decided_by) as decided_by_name
			from restatement r
			join indicator i on i.id = r.indicator_id
			join locality l on l.id = r.locality_id
			left join user_account q on q.username = r.requested_by
			left join user_account d on d.username = r.decided_by
			""";

	private final NamedParameterJdbcTemplate jdbc;
	private final IndicatorQueries indicators;
	private final FigureSignOffs signOffs;
	private final MeasurementRecorder recorder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RestatementRegister(NamedParameterJdbcTemplate jdbc, IndicatorQueries indicators, FigureSignOffs signOffs,
			MeasurementRecorder recorder, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.signOffs = signOffs;
		this.recorder = recorder;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the user may decide on requests (the head of service). */
	public static boolean mayDecide(SignedInUser user) {
		return user.hasRole(Role.HEAD_OF_SERVICE);
	}

	/**
	 * Asks for a signed-off figure to become {@code entry}'s value. Refused when the period is not signed off (the
	 * figure is corrected on the form then) or the figure has a request open already.
	 */
	public long request(FigureEntry entry, String reason, SignedInUser user) {
		if (!IndicatorPermissions.mayEnterFiguresFor(user, entry.localityId())) {
			throw new AccessDeniedException("Not allowed to ask for restatements for locality " + entry.localityId());
		}
		IndicatorView indicator = indicators.find(entry.indicatorId()).orElseThrow(() -> new NotFound("indicator", entry.indicatorId()));
		if (indicator.unit().problem(entry.value()).isPresent()) {
			throw new IllegalArgumentException("Not a " + indicator.unit() + " value: " + entry.value());
		}
		if (signOffs.locked(List.of(entry)).isEmpty()) {
			throw new NotSignedOff();
		}
		BigDecimal old = current(entry).orElse(null);
		if (old != null && old.compareTo(entry.value()) == 0) {
			throw new SameValue();
		}
		Instant now = clock.instant();
		try {
			long id = jdbc.queryForObject("""
					insert into restatement (indicator_id, locality_id, period, old_value, new_value, note, source_reference,
					                         reason, requested_by, requested_at)
					values (:indicator, :locality, :period, :old, :new, :note, :source, :reason, :who, :at) returning id""",
					new MapSqlParameterSource("indicator", entry.indicatorId()).addValue("locality", entry.localityId())
						.addValue("period", entry.period()).addValue("old", old).addValue("new", entry.value())
						.addValue("note", entry.note()).addValue("source", entry.sourceReference()).addValue("reason", reason)
						.addValue("who", user.getUsername()).addValue("at", Timestamp.from(now)), Long.class);
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("indicatorId", entry.indicatorId());
			values.put("localityId", entry.localityId());
			values.put("period", entry.period());
			values.put("oldValue", old == null ? null : old.stripTrailingZeros().toPlainString());
			values.put("newValue", entry.value().stripTrailingZeros().toPlainString());
			values.put("sourceReference", entry.sourceReference());
			values.put("note", entry.note());
			values.put("reason", reason);
			values.put("decision", Restatement.Decision.REQUESTED);
			events.publishEvent(RecordWritten.created("Restatement", id, values));
			events.publishEvent(new RestatementDecided(id, entry.indicatorId(), entry.localityId(), entry.period(),
					Restatement.Decision.REQUESTED, user.getUsername(), now));
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyRequested();
		}
	}

	/**
	 * The head of service approves an open request still at {@code version}: the figure takes the requested value as
	 * a revision entered by whoever asked, written in this transaction past the sign-off rule. Refused as changed
	 * meanwhile if the request was decided or the figure changed since it was asked for.
	 */
	public void approve(long id, long version, String note, SignedInUser user) {
		Request request = openRequest(id, version, user);
		BigDecimal now = current(request.entry()).orElse(null);
		boolean stillAsAsked = request.oldValue() == null ? now == null : now != null && now.compareTo(request.oldValue()) == 0;
		if (!stillAsAsked) {
			throw new ChangedMeanwhile();
		}
		jdbc.getJdbcTemplate().execute("set local tracker.restatement = 'on'");
		long revisionId = recorder.restate(request.entry(), request.requestedBy());
		jdbc.getJdbcTemplate().execute("set local tracker.restatement = 'off'");
		decide(request, Restatement.Decision.APPROVED, note, revisionId, user);
	}

	/** The head of service refuses an open request still at {@code version}, saying why; the figure stays as it is. */
	public void refuse(long id, long version, String note, SignedInUser user) {
		decide(openRequest(id, version, user), Restatement.Decision.REFUSED, note, null, user);
	}

	/** The whole register: open requests first (oldest first), then the decided, newest decision first. */
	@Transactional(readOnly = true)
	public List<Restatement> register() {
		return list(COLUMNS + " order by r.decision <> 'REQUESTED', case when r.decision = 'REQUESTED' then r.requested_at end,"
				+ " r.decided_at desc, r.id desc", new MapSqlParameterSource());
	}

	@Transactional(readOnly = true)
	public Optional<Restatement> find(long id) {
		return list(COLUMNS + " where r.id = :id", new MapSqlParameterSource("id", id)).stream().findFirst();
	}

	/**
	 * The restatements approved after {@code since} up to {@code until} in these localities, newest first: for the
	 * pack's "Restated since the last pack" (one statement, and one more for the indicators when there are any).
	 */
	@Transactional(readOnly = true)
	public List<Restatement> approvedBetween(Collection<Long> localityIds, Instant since, Instant until) {
		if (localityIds.isEmpty()) {
			return List.of();
		}
		return list(COLUMNS + """
				 where r.decision = 'APPROVED' and r.locality_id in (:localities) and r.decided_at > :since
				   and r.decided_at <= :until order by r.decided_at desc, r.id desc""",
				new MapSqlParameterSource("localities", localityIds).addValue("since", Timestamp.from(since))
					.addValue("until", Timestamp.from(until)));
	}

	private record Request(long id, FigureEntry entry, BigDecimal oldValue, String requestedBy) {
	}

	private Request openRequest(long id, long version, SignedInUser user) {
		if (!mayDecide(user)) {
			throw new AccessDeniedException("Only the head of service decides on restatements");
		}
		List<Request> found = jdbc.query("""
				select id, indicator_id, locality_id, period, old_value, new_value, note, source_reference, requested_by, version,
				       decision
				from restatement where id = :id for update""", new MapSqlParameterSource("id", id), (rs, i) -> {
			ChangedMeanwhile.unlessStill(version, rs.getLong("version"));
			if (!Restatement.Decision.REQUESTED.name().equals(rs.getString("decision"))) {
				throw new ChangedMeanwhile();
			}
			return new Request(rs.getLong("id"), new FigureEntry(rs.getLong("indicator_id"), rs.getLong("locality_id"),
					rs.getObject("period", LocalDate.class), rs.getBigDecimal("new_value"), rs.getString("note"),
					rs.getString("source_reference")), rs.getBigDecimal("old_value"), rs.getString("requested_by"));
		});
		return found.stream().findFirst().orElseThrow(() -> new NotFound("restatement", id));
	}

	private void decide(Request request, Restatement.Decision decision, String note, Long revisionId, SignedInUser user) {
		Instant now = clock.instant();
		jdbc.update("""
				update restatement set decision = :decision, decided_by = :who, decided_at = :at, decision_note = :note,
				       revision_id = :revision, version = version + 1
				where id = :id""", new MapSqlParameterSource("decision", decision.name()).addValue("who", user.getUsername())
				.addValue("at", Timestamp.from(now)).addValue("note", note).addValue("revision", revisionId)
				.addValue("id", request.id()));
		events.publishEvent(RecordWritten.updated("Restatement", request.id(), List.of(
				new FieldChange("decision", Restatement.Decision.REQUESTED, decision),
				new FieldChange("decisionNote", null, note))));
		events.publishEvent(new RestatementDecided(request.id(), request.entry().indicatorId(), request.entry().localityId(),
				request.entry().period(), decision, user.getUsername(), now));
	}

	private Optional<BigDecimal> current(FigureEntry entry) {
		return jdbc.query("""
				select value from measurement where indicator_id = :indicator and locality_id = :locality and period = :period""",
				new MapSqlParameterSource("indicator", entry.indicatorId()).addValue("locality", entry.localityId())
					.addValue("period", entry.period()), (rs, i) -> rs.getBigDecimal("value")).stream().findFirst();
	}

	private List<Restatement> list(String sql, MapSqlParameterSource params) {
		List<Row> rows = jdbc.query(sql, params, RestatementRegister::row);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, IndicatorView> byId = indicators.library().stream()
				.collect(Collectors.toMap(IndicatorView::id, Function.identity()));
		return rows.stream().map(row -> row.in(byId.get(row.indicatorId()))).toList();
	}

	private record Row(long id, long indicatorId, long localityId, String localityName, LocalDate period, BigDecimal oldValue,
			BigDecimal newValue, String reason, String requestedBy, Instant requestedAt, Restatement.Decision decision,
			String decidedBy, Instant decidedAt, String decisionNote, long version) {

		Restatement in(IndicatorView indicator) {
			return new Restatement(id, indicatorId, indicator.name(), localityId, localityName, period, indicator.period(period),
					oldValue == null ? null : indicator.format(oldValue), indicator.format(newValue), reason, requestedBy,
					requestedAt, decision, decidedBy, decidedAt, decisionNote, version);
		}
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Row(rs.getLong("id"), rs.getLong("indicator_id"), rs.getLong("locality_id"), rs.getString("locality_name"),
				rs.getObject("period", LocalDate.class), rs.getBigDecimal("old_value"), rs.getBigDecimal("new_value"),
				rs.getString("reason"), rs.getString("requested_by_name"), rs.getTimestamp("requested_at").toInstant(),
				Restatement.Decision.valueOf(rs.getString("decision")), rs.getString("decided_by_name"),
				decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_note"), rs.getLong("version"));
	}

	/** A request for a figure whose period is not signed off: such a figure is corrected on the form. */
	public static class NotSignedOff extends RuntimeException {

		NotSignedOff() {
			super("The figure's period is not signed off");
		}
	}

	/** A request for the value the figure has already. */
	public static class SameValue extends RuntimeException {

		SameValue() {
			super("The figure has that value already");
		}
	}

	/** A request for a figure that has one open already. */
	public static class AlreadyRequested extends RuntimeException {

		AlreadyRequested() {
			super("A restatement of this figure is open already");
		}
	}
}

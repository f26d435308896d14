package uk.gov.middlesbrough.tracker.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The read side of the escalations to DIG, always "as of" a moment: the items derived from the data recorded by
 * then, each with its latest "raised at DIG" mark recorded by then, and the marked items whose cause had cleared.
 * For pages, the dashboards and packs; a fixed number of statements however many localities, items and marks.
 */
@Component
@Transactional(readOnly = true)
public class EscalationQueries {

	/** Each key's latest mark recorded by :cutoff (ix_escalation_mark_locality_key_time serves it). */
	private static final String LATEST_MARKS = """
			select distinct on (m.locality_id, m.escalation_key)
			       m.locality_id, m.escalation_key, m.kind, m.subject, m.reason, m.source_path, m.raised_on, m.note,
			       m.recorded_by, m.recorded_at
			from escalation_mark m
			where m.locality_id in (:localityIds) and m.recorded_at <= :cutoff
			order by m.locality_id, m.escalation_key, m.recorded_at desc, m.id desc""";

	private final NamedParameterJdbcTemplate jdbc;
	private final LocalityQueries localities;
	private final EscalationDerivation derivation;
	private final EscalationKinds kinds;
	private final CurrentEscalations currentItems;

	EscalationQueries(NamedParameterJdbcTemplate jdbc, LocalityQueries localities, EscalationDerivation derivation,
			EscalationKinds kinds, CurrentEscalations currentItems) {
		this.jdbc = jdbc;
		this.currentItems = currentItems;
		this.kinds = kinds;
		this.localities = localities;
		this.derivation = derivation;
	}

	/**
	 * Every locality's list (localities by name) as of a moment; today's from the items kept while nothing they
	 * derive from has changed ({@link CurrentEscalations}).
	 */
	public EscalationList all(AsOf asOf) {
		List<LocalityView> all = localities.all();
		if (asOf.past()) {
			return list(new LocalityReading(all, asOf));
		}
		return list(all, asOf, currentItems.of(all));
	}

	/**
	 * Today's open items across every locality that no one has marked as raised at DIG (two statements on top of the
	 * kept items: for a count on the home page, without building the whole list).
	 */
	public List<Escalation> notRaised(AsOf asOf) {
		List<LocalityView> all = localities.all();
		List<Escalation> items = asOf.past() ? derivation.derive(new LocalityReading(all, asOf)) : currentItems.of(all);
		Map<Long, Set<String>> marked = new HashMap<>();
		jdbc.query("select distinct locality_id, escalation_key from escalation_mark where recorded_at <= :cutoff",
				new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff())),
				rs -> {
					marked.computeIfAbsent(rs.getLong("locality_id"), key -> new HashSet<>()).add(rs.getString("escalation_key"));
				});
		return items.stream()
				.filter(item -> !marked.getOrDefault(item.localityId(), Set.of()).contains(item.key()))
				.toList();
	}

	/** These localities' list, in the order given (unknown ids are left out), as of a moment. */
	public EscalationList list(List<Long> localityIds, AsOf asOf) {
		return list(new LocalityReading(localities.findAll(localityIds), asOf));
	}

	/**
	 * The reading's list, in its localities' order: items derived from the features' reads of them (shared with
	 * whatever else the page shows from the same reading) and the marks recorded by its moment.
	 */
	public EscalationList list(LocalityReading reading) {
		if (reading.isEmpty()) {
			return new EscalationList(List.of(), List.of(), reading.asOf());
		}
		return list(reading.localities(), reading.asOf(), derivation.derive(reading));
	}

	/** The list of these items of these localities, with the marks recorded by the moment they were derived as of. */
	private EscalationList list(List<LocalityView> found, AsOf asOf, List<Escalation> derived) {
		if (found.isEmpty()) {
			return new EscalationList(List.of(), List.of(), asOf);
		}
		Map<String, Escalation> markedAs = new HashMap<>();
		Map<String, RaisedMark> latest = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		found.forEach(locality -> names.put(locality.id(), locality.name()));
		MapSqlParameterSource params = new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()))
				.addValue("localityIds", found.stream().map(LocalityView::id).toList());
		jdbc.query(LATEST_MARKS, params, rs -> {
			long localityId = rs.getLong("locality_id");
			String key = rs.getString("escalation_key");
			markedAs.put(localityId + "|" + key, new Escalation(key, kinds.named(rs.getString("kind")), localityId,
					names.get(localityId), rs.getString("subject"), rs.getString("reason"), rs.getString("source_path")));
			latest.put(localityId + "|" + key, mark(rs));
		});
		List<OpenEscalation> open = new ArrayList<>();
		for (Escalation item : derived) {
			// What is left in latest afterwards are the marks of items no longer listed.
			open.add(new OpenEscalation(item, latest.remove(item.localityId() + "|" + item.key())));
		}
		List<ResolvedEscalation> resolved = latest.entrySet().stream()
				.map(entry -> new ResolvedEscalation(markedAs.get(entry.getKey()), entry.getValue()))
				.sorted(Comparator.comparing((ResolvedEscalation item) -> item.latestMark().raisedOn()).reversed()
						.thenComparing(item -> item.latestMark().recordedAt(), Comparator.reverseOrder()))
				.toList();
		return new EscalationList(List.copyOf(open), resolved, asOf);
	}

	/**
	 * The open items of each of these localities as of a moment, each with its latest mark: for the dashboards'
	 * "open escalations". Every known id is a key of the map (in the order given), with an empty list if nothing
	 * is open there.
	 */
	public Map<Long, List<OpenEscalation>> openByLocality(List<Long> localityIds, AsOf asOf) {
		return openByLocality(new LocalityReading(localities.findAll(localityIds), asOf));
	}

	/** The same for a reading, sharing the features' reads with the rest of the page. */
	public Map<Long, List<OpenEscalation>> openByLocality(LocalityReading reading) {
		Map<Long, List<OpenEscalation>> byLocality = new LinkedHashMap<>();
		reading.localities().forEach(locality -> byLocality.put(locality.id(), new ArrayList<>()));
		list(reading).open().forEach(item -> byLocality.get(item.escalation().localityId()).add(item));
		return byLocality;
	}

	/** One open item of a locality as of a moment, with its latest mark; empty if it is not listed then. */
	public Optional<OpenEscalation> openItem(long localityId, String key, AsOf asOf) {
		return list(List.of(localityId), asOf).open().stream().filter(item -> item.escalation().key().equals(key)).findFirst();
	}

	/**
	 * One item of one of the reading's localities with its marks recorded by the reading's moment: as the reading lists
	 * it, or as it read when last marked if its cause has cleared; empty if it is neither listed nor ever marked. One
	 * statement on top of the reading's derivation, which the page can share (the plans a decision's follow-up
	 * action may go in).
	 */
	public Optional<EscalationItem> item(LocalityReading reading, long localityId, String key) {
		List<MarkRow> rows = jdbc.query("""
				select kind, subject, reason, source_path, raised_on, note, recorded_by, recorded_at from escalation_mark
				where locality_id = :localityId and escalation_key = :key and recorded_at <= :cutoff
				order by recorded_at desc, id desc""",
				new MapSqlParameterSource("localityId", localityId).addValue("key", key)
					.addValue("cutoff", Timestamp.from(reading.asOf().cutoff())),
				(rs, i) -> new MarkRow(new Escalation(key, kinds.named(rs.getString("kind")), localityId,
						reading.name(localityId), rs.getString("subject"), rs.getString("reason"), rs.getString("source_path")),
						mark(rs)));
		List<RaisedMark> marks = rows.stream().map(MarkRow::mark).toList();
		Optional<Escalation> listed = derivation.derive(reading).stream()
				.filter(item -> item.localityId() == localityId && item.key().equals(key)).findFirst();
		if (listed.isPresent()) {
			return Optional.of(new EscalationItem(listed.get(), true, marks));
		}
		return rows.stream().findFirst().map(latest -> new EscalationItem(latest.asMarked(), false, marks));
	}

	/** A mark with the item as it read when marked. */
	private record MarkRow(Escalation asMarked, RaisedMark mark) {
	}

	/** Every mark of one item, latest first (one statement). */
	public List<RaisedMark> marks(long localityId, String key) {
		return jdbc.query("""
				select raised_on, note, recorded_by, recorded_at from escalation_mark
				where locality_id = :localityId and escalation_key = :key order by recorded_at desc, id desc""",
				new MapSqlParameterSource("localityId", localityId).addValue("key", key), (rs, i) -> mark(rs));
	}

	private static RaisedMark mark(ResultSet rs) throws SQLException {
		return new RaisedMark(rs.getObject("raised_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}

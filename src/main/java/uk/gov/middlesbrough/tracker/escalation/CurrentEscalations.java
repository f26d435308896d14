package uk.gov.middlesbrough.tracker.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Today's items across every locality, derived again only when they may have changed. A county's list runs to
 * tens of thousands of items derived from every figure, action, review and caseload (a few hundred milliseconds),
 * while the data behind it changes a few times an hour; so the latest derivation is kept with the database
 * snapshot it was read under, and used again while no transaction that changed a source's tables has committed
 * since (V023's {@code escalation_source_change}), the day is the same and so are the localities. Each node keeps
 * its own, so a change made on one node is seen by every node's next request: never stale.
 * <p>
 * If a source's table lacks the trigger that records its changes, nothing is kept and every request derives.
 */
@Component
class CurrentEscalations {

	private static final Logger log = LoggerFactory.getLogger(CurrentEscalations.class);

	/**
	 * In one statement: whether this transaction has written (then it sees its own changes, which no other may see
	 * before it commits, so it neither uses the kept items nor keeps its own), the snapshot now, and whether a change
	 * committed that :kept (a snapshot's text) does not see.
	 */
	private static final String CHECK = """
			select pg_current_xact_id_if_assigned() is not null as writing, pg_current_snapshot()::text as now,
			       exists (select 1 from escalation_source_change c
			               where c.txid >= pg_snapshot_xmin(cast(:kept as pg_snapshot))
			                 and not pg_visible_in_snapshot(c.txid, cast(:kept as pg_snapshot))) as changed""";

	private final EscalationDerivation derivation;
	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;
	private final boolean recorded;
	private final Object deriving = new Object();
	private volatile Derived kept;

	CurrentEscalations(EscalationDerivation derivation, List<EscalationSource> sources, NamedParameterJdbcTemplate jdbc,
			Clock clock) {
		this.derivation = derivation;
		this.jdbc = jdbc;
		this.clock = clock;
		this.recorded = everyTableRecordsItsChanges(sources, jdbc);
	}

	/** The items of these localities now: the kept derivation if nothing it was derived from has changed, else a new one. */
	List<Escalation> of(List<LocalityView> localities) {
		if (!recorded) {
			return derive(localities, AsOf.now(clock));
		}
		Derived found = kept;
		Check first = check(found);
		if (first.writing()) {
			return derive(localities, AsOf.now(clock));
		}
		if (found != null && found.isFor(localities, AsOf.now(clock).day()) && !first.changed()) {
			return found.items();
		}
		synchronized (deriving) {
			// Another request may have derived them while this one waited.
			found = kept;
			Check check = check(found);
			if (found != null && found.isFor(localities, AsOf.now(clock).day()) && !check.changed()) {
				return found.items();
			}
			// Read after the snapshot is taken, so whatever it sees was recorded by the items' moment.
			AsOf asOf = AsOf.now(clock);
			List<Escalation> items = derive(localities, asOf);
			kept = new Derived(check.now(), asOf.day(), localities.stream().map(LocalityView::id).toList(), items);
			return items;
		}
	}

	private List<Escalation> derive(List<LocalityView> localities, AsOf asOf) {
		return derivation.derive(new LocalityReading(localities, asOf));
	}

	private Check check(Derived found) {
		// With nothing kept, any snapshot will do: the items are derived whatever it says.
		return jdbc.queryForObject(CHECK, new MapSqlParameterSource("kept", found == null ? "1:1:" : found.snapshot()),
				(rs, row) -> new Check(rs.getBoolean("writing"), rs.getString("now"), found == null || rs.getBoolean("changed")));
	}

	private static boolean everyTableRecordsItsChanges(List<EscalationSource> sources, NamedParameterJdbcTemplate jdbc) {
		TreeSet<String> tables = new TreeSet<>(List.of("locality"));
		sources.forEach(source -> tables.addAll(source.derivedFrom()));
		List<String> recording = jdbc.queryForList("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname = 'tr_escalation_source_changed' and c.relname in (:tables)""",
				new MapSqlParameterSource("tables", new ArrayList<>(tables)), String.class);
		tables.removeAll(recording);
		if (!tables.isEmpty()) {
			log.error("These tables lack the trigger tr_escalation_source_changed, so the DIG list across localities is "
					+ "derived on every request: {}", tables);
		}
		return tables.isEmpty();
	}

	private record Check(boolean writing, String now, boolean changed) {
	}

	private record Derived(String snapshot, LocalDate day, List<Long> localityIds, List<Escalation> items) {

		boolean isFor(List<LocalityView> localities, LocalDate today) {
			return day.equals(today) && localityIds.equals(localities.stream().map(LocalityView::id).toList());
		}
	}
}

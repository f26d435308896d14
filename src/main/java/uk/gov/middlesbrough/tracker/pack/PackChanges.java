package uk.gov.middlesbrough.tracker.pack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * What changed since an issued pack: every {@link PackChangeSource}'s groups for the pack's localities, between the
 * moment the pack was read as of and a later one. Finding the pack costs one statement; each source a fixed number.
 */
@Component
@Transactional(readOnly = true)
public class PackChanges {

	/** An issued pack's moment: when it was read, or the end of its as-of day for packs produced before that was kept. */
	private static final String MOMENT = "coalesce(p.produced_cutoff, (p.as_of + 1)::timestamp at time zone 'Europe/London')";

	private static final String ISSUED_PACK = """
			select p.id, p.as_of, p.issued_at, %s as moment, m.id as meeting_id, m.panel, m.meeting_date, m.topic,
			       m.locality_ids
			from pack p join panel_meeting m on m.id = p.panel_meeting_id
			where p.status = 'ISSUED'""".formatted(MOMENT);

	private final JdbcTemplate jdbc;
	private final LocalityQueries localities;
	private final List<PackChangeSource> sources;

	PackChanges(JdbcTemplate jdbc, LocalityQueries localities, List<PackChangeSource> sources) {
		this.jdbc = jdbc;
		this.localities = localities;
		this.sources = List.copyOf(sources);
	}

	/** What changed between an issued pack's moment and {@code until}; empty if the pack is not issued. */
	public Optional<ChangesSincePack> sinceIssued(long packId, AsOf until) {
		return first(jdbc.query(ISSUED_PACK + " and p.id = ?", PackChanges::issued, packId), until);
	}

	/**
	 * What changed since the latest pack issued for the panel that meets next (or, when that panel has none or no
	 * meeting is ahead, the latest pack issued for any panel) until {@code until}: the scrutiny officer's home page.
	 */
	public Optional<ChangesSincePack> sinceLatestIssued(AsOf until) {
		return first(jdbc.query(ISSUED_PACK + """

				order by m.panel is not distinct from (select n.panel from panel_meeting n where n.meeting_date >= ?
				                                        order by n.meeting_date, n.id limit 1) desc,
				         moment desc, p.id desc limit 1""", PackChanges::issued, until.day()), until);
	}

	/**
	 * For a new pack of this panel read as of {@code until}: what changed since the panel's last pack issued before
	 * that moment ("Changes since the last pack").
	 */
	Optional<ChangesSincePack> sinceLastIssuedBefore(String panel, AsOf until) {
		return first(jdbc.query(ISSUED_PACK + " and m.panel = ? and " + MOMENT + " < ? order by moment desc, p.id desc limit 1",
				PackChanges::issued, panel, Timestamp.from(until.cutoff())), until);
	}

	private Optional<ChangesSincePack> first(List<IssuedPack> found, AsOf until) {
		return found.stream().findFirst().map(pack -> {
			AsOf since = pack.moment();
			ChangeWindow window = new ChangeWindow(localities.findAll(pack.localityIds()), since,
					until.cutoff().isBefore(since.cutoff()) ? since : until);
			List<PackChangeGroup> groups = sources.stream().flatMap(source -> source.changes(window).stream())
					.sorted(Comparator.comparingInt(PackChangeGroup::order)).toList();
			return new ChangesSincePack(pack, window, groups);
		});
	}

	private static IssuedPack issued(ResultSet rs, int row) throws SQLException {
		Long[] ids = (Long[]) rs.getArray("locality_ids").getArray();
		return new IssuedPack(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("panel"),
				rs.getObject("meeting_date", LocalDate.class), rs.getString("topic"),
				new AsOf(rs.getTimestamp("moment").toInstant(), rs.getObject("as_of", LocalDate.class), true),
				rs.getTimestamp("issued_at").toInstant(), Arrays.asList(ids));
	}

	/** An issued pack as the changes since it name it, with the moment it was read as of. */
	public record IssuedPack(long id, long meetingId, String panel, LocalDate meetingDate, String topic, AsOf moment,
			Instant issuedAt, List<Long> localityIds) {
	}

	/** The changes since a pack, group by group in the sources' order. */
	public record ChangesSincePack(IssuedPack pack, ChangeWindow window, List<PackChangeGroup> groups) {

		public int total() {
			return groups.stream().mapToInt(PackChangeGroup::count).sum();
		}
	}
}

package uk.gov.middlesbrough.tracker.pack;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/** Meetings and packs, tried on an issued pack: everyone reads it; only the scrutiny officer and head produce. */
public class PackMatrixRows implements MatrixRows {

	private static final Set<Role> EDITORS = EnumSet.of(Role.SCRUTINY_OFFICER, Role.HEAD_OF_SERVICE);

	private long meetingId;
	private long packId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /meetings", ALL),
				entry("GET /meetings/new", EDITORS),
				entry("POST /meetings", EDITORS),
				entry("GET /meetings/{id}", ALL),
				entry("POST /meetings/{id}/packs", EDITORS),
				entry("POST /packs/{id}/regenerate", EDITORS),
				entry("POST /packs/{id}/issue", EDITORS),
				entry("GET /packs/{id}/issue", EDITORS),
				entry("GET /packs/{id}/pdf", ALL),
				entry("GET /packs/{id}/zip", ALL),
				entry("GET /packs/{id}/read", ALL),
				entry("GET /packs/{id}/changes", ALL),
				entry("GET /packs/{id}/progress", ALL));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into panel_meeting (panel, meeting_date, topic, locality_ids)
				select 'Matrix panel', date '2022-01-17', 'Matrix topic', array[(select id from locality where name = 'Newport')]
				where not exists (select 1 from panel_meeting where panel = 'Matrix panel')""");
		meetingId = jdbc.queryForObject("select id from panel_meeting where panel = 'Matrix panel'", Long.class);
		jdbc.update("""
				insert into pack (panel_meeting_id, as_of, status, generated_at, generated_by, issued_at, issued_by)
				select ?, date '2022-01-10', 'ISSUED', now(), 'scrutiny', now(), 'scrutiny'
				where not exists (select 1 from pack where panel_meeting_id = ?)""", meetingId, meetingId);
		packId = jdbc.queryForObject("select id from pack where panel_meeting_id = ?", Long.class, meetingId);
		for (String kind : new String[] { "PDF", "ZIP", "HTML" }) {
			jdbc.update("""
					insert into pack_file (pack_id, kind, file_name, content, sha256)
					select ?, ?, 'matrix', convert_to(?, 'UTF8'), repeat('0', 64)
					where not exists (select 1 from pack_file where pack_id = ? and kind = ?)""", packId, kind,
					kind.equals("HTML") ? "<html><body><p>Matrix pack</p></body></html>" : "matrix", packId, kind);
		}
	}

	@Override
	public String concrete(String pattern) {
		return pattern.replace("{id}", String.valueOf(pattern.startsWith("/packs/") ? packId : meetingId));
	}
}

package uk.gov.middlesbrough.tracker.pack;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Meetings and their packs for the pages (a fixed number of statements each). */
@Component
@Transactional(readOnly = true)
public class PackQueries {

	private final PanelMeetingRepository meetings;
	private final JdbcTemplate jdbc;
	private final PackFiles files;

	PackQueries(PanelMeetingRepository meetings, JdbcTemplate jdbc, PackFiles files) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.files = files;
	}

	public List<MeetingView> meetings() {
		return meetings.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
				"meetingDate")).stream().map(PanelMeeting::toView).toList();
	}

	public Optional<MeetingView> meeting(long id) {
		return meetings.findById(id).map(PanelMeeting::toView);
	}

	/** A meeting's packs, newest first; drafts only when {@code withDrafts}. */
	public List<PackView> packs(long meetingId, boolean withDrafts) {
		List<PackView> packs = jdbc.query("select * from pack where panel_meeting_id = ? and (? or status = 'ISSUED')"
				+ " order by generated_at desc, id desc", (rs, i) -> view(rs), meetingId, withDrafts);
		Map<Long, List<PackFiles.FileSummary>> byPack = files.summaries(packs.stream().map(PackView::id).toList()).stream()
				.collect(Collectors.groupingBy(PackFiles.FileSummary::packId));
		return packs.stream().map(pack -> pack.withFiles(byPack.getOrDefault(pack.id(), List.of()))).toList();
	}

	public Optional<PackView> pack(long id) {
		return jdbc.query("select * from pack where id = ?", (rs, i) -> view(rs), id).stream().findFirst();
	}

	private static PackView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp issuedAt = rs.getTimestamp("issued_at");
		return new PackView(rs.getLong("id"), rs.getLong("panel_meeting_id"), rs.getObject("as_of", java.time.LocalDate.class),
				PackStatus.valueOf(rs.getString("status")), rs.getTimestamp("generated_at").toInstant(),
				rs.getString("generated_by"), issuedAt == null ? null : issuedAt.toInstant(), rs.getString("issued_by"),
				rs.getLong("version"), PackProductionState.valueOf(rs.getString("production")), rs.getString("production_stage"),
				rs.getInt("production_step"), rs.getInt("production_steps"), List.of());
	}
}

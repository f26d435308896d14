package uk.gov.middlesbrough.tracker.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.web.UkText;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;
import uk.gov.middlesbrough.tracker.work.WorkRequest;
import uk.gov.middlesbrough.tracker.work.WorkSource;

/**
 * What the panel packs put in "your work": for the scrutiny officer, the next panel meeting and whether its pack is
 * produced and issued (listed until it is issued); for a panel member, the latest issued pack, one tap from the
 * home page. One statement.
 */
@Component
@Transactional(readOnly = true)
class PackWork implements WorkSource {

	private final JdbcTemplate jdbc;
	private final UkText uk;

	PackWork(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.uk = new UkText(messages);
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		if (request.user().hasRole(Role.SCRUTINY_OFFICER)) {
			return List.of(nextMeeting(request.now().day()));
		}
		if (request.user().hasRole(Role.VIEWER)) {
			return List.of(latestIssued());
		}
		return List.of();
	}

	/** The next meeting (today or later) with the state of its latest pack; nothing to do once that pack is issued. */
	private WorkGroup nextMeeting(LocalDate today) {
		record Next(WorkItem item, boolean issued) {
		}
		List<Next> next = jdbc.query("""
				select m.id, m.panel, m.topic, m.meeting_date, p.status, p.production
				from panel_meeting m
				left join lateral (select status, production from pack where panel_meeting_id = m.id
				                   order by (status = 'ISSUED') desc, generated_at desc, id desc limit 1) p on true
				where m.meeting_date >= ? order by m.meeting_date, m.id limit 1""", (rs, i) -> {
			String status = rs.getString("status");
			boolean issued = "ISSUED".equals(status);
			String state = status == null ? "work.pack.none"
					: issued ? "work.pack.issued" : "READY".equals(rs.getString("production")) ? "work.pack.draft" : "work.pack.producing";
			return new Next(new WorkItem(uk.text("work.meeting.subject", rs.getString("panel"),
					UkText.day(rs.getObject("meeting_date", LocalDate.class))), uk.text(state, rs.getString("topic")),
					"/meetings/" + rs.getLong("id"), 0, null), issued);
		}, today);
		List<WorkItem> toDo = next.stream().filter(meeting -> !meeting.issued()).map(Next::item).toList();
		return new WorkGroup("next-meeting", 80, "work.nextMeeting", Map.of(0L, toDo.size()), toDo, null);
	}

	private WorkGroup latestIssued() {
		List<WorkItem> items = jdbc.query("""
				select p.id, p.issued_at, m.panel, m.meeting_date, m.topic from pack p
				join panel_meeting m on m.id = p.panel_meeting_id
				where p.status = 'ISSUED' order by p.issued_at desc, p.id desc limit 1""", (rs, i) -> new WorkItem(
				uk.text("work.latestPack.subject", rs.getString("panel"), UkText.day(rs.getObject("meeting_date", LocalDate.class))),
				uk.text("work.latestPack.why", rs.getString("topic")), "/packs/" + rs.getLong("id") + "/pdf", 0, null));
		return new WorkGroup("latest-pack", 90, "work.latestPack", Map.of(0L, items.size()), items, null);
	}
}

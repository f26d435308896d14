package uk.gov.middlesbrough.tracker.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.search.SearchHit;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.search.SqlSearchSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/** Items raised at DIG found by what they are about or the note made when raising them (latest mark first). */
@Component
class EscalationNoteSearch extends SqlSearchSource {

	private final UkText uk;

	EscalationNoteSearch(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		super(jdbc, "dig-notes", "search.escalations", 60);
		this.uk = new UkText(messages);
	}

	@Override
	protected String sql() {
		return """
				select m.locality_id, l.name as locality, m.subject, m.note, m.raised_on from escalation_mark m
				join locality l on l.id = m.locality_id
				where %s order by m.recorded_at desc, m.id desc limit :limit""".formatted(SearchQuery.SQL_MATCH.formatted("m.subject || ' ' || m.note"));
	}

	@Override
	protected SearchHit hit(ResultSet rs) throws SQLException {
		return new SearchHit(Escalation.shorten(rs.getString("subject")), uk.text("search.escalation.context", rs.getString("locality"),
				UkText.day(rs.getObject("raised_on", LocalDate.class)), rs.getString("note")),
				"/localities/" + rs.getLong("locality_id") + "/escalations");
	}
}

package uk.gov.middlesbrough.tracker.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.search.SearchHit;
import uk.gov.middlesbrough.tracker.search.SearchQuery;
import uk.gov.middlesbrough.tracker.search.SqlSearchSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * Actions found by their SMART wording or by any of their progress commentary (the words of the latest matching update
 * are quoted). Everyone signed in may read every plan. One statement, on the GIN indexes of V022.
 */
@Component
class ActionSearch extends SqlSearchSource {

	private static final String ACTION_TEXT = "a.specific || ' ' || coalesce(a.measure, '') || ' ' || coalesce(a.target_value, '')"
			+ " || ' ' || coalesce(a.owner_post, '')";

	private final UkText uk;

	ActionSearch(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		super(jdbc, "actions", "search.actions", 30);
		this.uk = new UkText(messages);
	}

	@Override
	protected String sql() {
		return """
				with found as (
				    select a.id as action_id, null::text as said, null::timestamptz as said_at
				    from plan_action a where %s
				    union all
				    select h.plan_action_id, h.commentary, h.recorded_at
				    from action_history h where %s
				), best as (
				    select distinct on (action_id) action_id, said, said_at from found
				    order by action_id, said_at desc nulls first
				)
				select a.id, a.specific, p.title, l.name as locality,
				       case when b.said is null then null
				            else ts_headline('english', b.said, %s, 'StartSel="",StopSel="",MaxWords=18,MinWords=8') end as excerpt
				from best b join plan_action a on a.id = b.action_id join action_plan p on p.id = a.action_plan_id
				join locality l on l.id = p.locality_id
				order by b.said_at desc nulls first, a.id desc
				limit :limit""".formatted(SearchQuery.SQL_MATCH.formatted(ACTION_TEXT),
				SearchQuery.SQL_MATCH.formatted("coalesce(h.commentary, '')"), SearchQuery.TSQUERY);
	}

	@Override
	protected SearchHit hit(ResultSet rs) throws SQLException {
		String excerpt = rs.getString("excerpt");
		return new SearchHit(rs.getString("specific"), excerpt == null
				? uk.text("search.action.where", rs.getString("locality"), rs.getString("title"))
				: uk.text("search.action.said", rs.getString("locality"), rs.getString("title"), excerpt), "/actions/" + rs.getLong("id"));
	}
}

package uk.gov.middlesbrough.tracker.scrutiny;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.scrutiny.ReviewSummary.ReviewRecord;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The read side of the tracker, always "as of" a moment: each recommendation's state is its latest history entry
 * recorded by then, and its flags are judged on that moment's day, so today's tracker and a past one (for a panel
 * pack) come from the same queries. Each page costs two statements, however many reviews and recommendations.
 */
@Component
@Transactional(readOnly = true)
public class ScrutinyQueries {

	private static final String REVIEW_COLUMNS = "v.id, v.panel, v.topic, v.final_report_on, v.response_on, "
			+ "v.final_report_illustrative";

	/** Each recommendation's latest state recorded by :cutoff (ix_scrutiny_history_recommendation_time serves the lateral). */
	private static final String STATES_AS_OF = """
			select r.id, r.scrutiny_review_id, r.reference, r.text, r.version, r.illustrative, h.status, h.response_comment,
			       h.proposed_action,
			       h.responsible_post, h.budget_text, h.budget_amount, h.timescale_text, h.target_date, h.report_back_on,
			       h.decision, h.decision_reasons, h.closure_meeting, h.closure_agreed_on, p.progress_on, p.progress_note
			from scrutiny_recommendation r
			join lateral (select * from scrutiny_recommendation_history h
			              where h.scrutiny_recommendation_id = r.id and h.recorded_at <= :cutoff
			              order by h.recorded_at desc, h.id desc limit 1) h on true
			left join lateral (select p.update_on as progress_on, p.note as progress_note
			                   from scrutiny_recommendation_history p
			                   where p.scrutiny_recommendation_id = r.id and p.kind = 'PROGRESS' and p.recorded_at <= :cutoff
			                   order by p.update_on desc, p.recorded_at desc, p.id desc limit 1) p on true
			""";

	private final NamedParameterJdbcTemplate jdbc;
	private final FlagRule flagRule;

	ScrutinyQueries(NamedParameterJdbcTemplate jdbc, ScrutinySettings settings) {
		this.jdbc = jdbc;
		this.flagRule = new FlagRule(settings);
	}

	/** Every review known by the moment, latest final report first, with its counts (two statements). */
	public List<ReviewSummary> reviews(AsOf asOf) {
		MapSqlParameterSource params = params(asOf);
		List<ReviewRecord> reviews = jdbc.query("select " + REVIEW_COLUMNS + " from scrutiny_review v"
				+ " where v.created_at <= :cutoff order by v.final_report_on desc, v.id desc", params, ScrutinyQueries::review);
		Map<Long, List<TrackerRow>> rows = jdbc.query(STATES_AS_OF + " order by r.scrutiny_review_id, r.sort_key", params,
				(rs, i) -> row(rs, asOf.day())).stream().collect(Collectors.groupingBy(TrackerRow::reviewId));
		return reviews.stream().map(review -> ReviewSummary.of(review, rows.getOrDefault(review.id(), List.of()))).toList();
	}

	/** Every recommendation known by a moment, by review and order (one statement): the read API's list. */
	public List<TrackerRow> recommendations(AsOf asOf) {
		return jdbc.query(STATES_AS_OF + " order by r.scrutiny_review_id, r.sort_key", params(asOf), (rs, i) -> row(rs, asOf.day()));
	}

	/** Every recommendation flagged as of a moment (response overdue, report back due), by review and order (one statement). */
	public List<TrackerRow> flagged(AsOf asOf) {
		return recommendations(asOf).stream().filter(row -> !row.flags().isEmpty()).toList();
	}

	/** One review's tracker as of a moment (two statements). */
	public Optional<TrackerPage> tracker(long reviewId, AsOf asOf) {
		MapSqlParameterSource params = params(asOf).addValue("reviewId", reviewId);
		List<ReviewRecord> found = jdbc.query("select " + REVIEW_COLUMNS + " from scrutiny_review v"
				+ " where v.id = :reviewId and v.created_at <= :cutoff", params, ScrutinyQueries::review);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<TrackerRow> rows = jdbc.query(STATES_AS_OF + " where r.scrutiny_review_id = :reviewId order by r.sort_key",
				params, (rs, i) -> row(rs, asOf.day()));
		return Optional.of(new TrackerPage(ReviewSummary.of(found.get(0), rows), rows, asOf));
	}

	/** One recommendation with its review and its whole timeline up to the moment, newest first (two statements). */
	public Optional<RecommendationDetail> recommendation(long recommendationId, AsOf asOf) {
		MapSqlParameterSource params = params(asOf).addValue("id", recommendationId);
		List<RecommendationDetail> found = jdbc.query("select s.*, v.panel, v.topic from (" + STATES_AS_OF
				+ " where r.id = :id) s join scrutiny_review v on v.id = s.scrutiny_review_id", params,
				(rs, i) -> new RecommendationDetail(row(rs, asOf.day()), rs.getString("panel"), rs.getString("topic"),
						rs.getLong("version"), List.of()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<HistoryRow> history = timeline(jdbc.query("""
				select * from scrutiny_recommendation_history
				where scrutiny_recommendation_id = :id and recorded_at <= :cutoff
				order by recorded_at, id""", params, (rs, i) -> new Snapshot(historyRow(rs), response(rs))));
		RecommendationDetail detail = found.get(0);
		return Optional.of(new RecommendationDetail(detail.recommendation(), detail.panel(), detail.topic(), detail.version(),
				history));
	}

	/** The entries newest first, each with what it changed in the response since the entry before it. */
	private static List<HistoryRow> timeline(List<Snapshot> oldestFirst) {
		List<HistoryRow> newestFirst = new ArrayList<>(oldestFirst.size());
		ExecutiveResponse before = ExecutiveResponse.NONE;
		for (Snapshot snapshot : oldestFirst) {
			HistoryRow row = snapshot.row();
			List<ResponseChange> changes = row.kind() == HistoryKind.ADDED ? List.of()
					: ResponseChange.between(before, snapshot.response());
			newestFirst.add(0, new HistoryRow(row.kind(), row.recordedAt(), row.recordedBy(), row.updateOn(), row.note(),
					row.oldStatus(), row.status(), changes, row.closure()));
			before = snapshot.response();
		}
		return newestFirst;
	}

	private static ExecutiveResponse response(ResultSet rs) throws SQLException {
		return new ExecutiveResponse(rs.getString("response_comment"), rs.getString("proposed_action"),
				rs.getString("responsible_post"), rs.getString("budget_text"), rs.getBigDecimal("budget_amount"),
				rs.getString("timescale_text"), rs.getObject("target_date", LocalDate.class),
				rs.getObject("report_back_on", LocalDate.class), decision(rs.getString("decision")),
				rs.getString("decision_reasons"));
	}

	private static ResponseDecision decision(String name) {
		return name == null ? null : ResponseDecision.valueOf(name);
	}

	private static PanelAgreement closure(ResultSet rs) throws SQLException {
		return PanelAgreement.ofNullable(rs.getString("closure_meeting"), rs.getObject("closure_agreed_on", LocalDate.class));
	}

	private TrackerRow row(ResultSet rs, LocalDate day) throws SQLException {
		RecommendationStatus status = RecommendationStatus.valueOf(rs.getString("status"));
		ExecutiveResponse response = response(rs);
		return new TrackerRow(rs.getLong("id"), rs.getLong("scrutiny_review_id"), rs.getString("reference"),
				rs.getString("text"), response, status,
				flagRule.flags(status, response.targetDate(), response.reportBackOn(), day),
				progress(rs), rs.getBoolean("illustrative"), closure(rs));
	}

	private static TrackerRow.LatestProgress progress(ResultSet rs) throws SQLException {
		LocalDate on = rs.getObject("progress_on", LocalDate.class);
		return on == null ? null : new TrackerRow.LatestProgress(on, rs.getString("progress_note"));
	}

	private static ReviewRecord review(ResultSet rs, int row) throws SQLException {
		return new ReviewRecord(rs.getLong("id"), rs.getString("panel"), rs.getString("topic"),
				rs.getObject("final_report_on", LocalDate.class), rs.getObject("response_on", LocalDate.class),
				rs.getBoolean("final_report_illustrative"));
	}

	private static HistoryRow historyRow(ResultSet rs) throws SQLException {
		String oldStatus = rs.getString("old_status");
		return new HistoryRow(HistoryKind.valueOf(rs.getString("kind")), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"), rs.getObject("update_on", LocalDate.class), rs.getString("note"),
				oldStatus == null ? null : RecommendationStatus.valueOf(oldStatus),
				RecommendationStatus.valueOf(rs.getString("status")), List.of(), closure(rs));
	}

	/** A history entry with the whole response as it stood after it. */
	private record Snapshot(HistoryRow row, ExecutiveResponse response) {
	}

	private static MapSqlParameterSource params(AsOf asOf) {
		return new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()));
	}
}

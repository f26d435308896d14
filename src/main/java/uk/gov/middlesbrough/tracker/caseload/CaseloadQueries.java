package uk.gov.middlesbrough.tracker.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The read side of caseloads, always "as of" a moment: each snapshot's figures are its latest history entry
 * recorded by then, so today's view and a past view come from the same query. A page costs a fixed number of
 * statements however many posts, dates and corrections there are.
 */
@Component
@Transactional(readOnly = true)
public class CaseloadQueries {

	/** Each snapshot's latest figures recorded by :cutoff (ix_caseload_history_snapshot_time serves the lateral). */
	private static final String SNAPSHOTS_AS_OF = """
			select s.id, s.locality_id, s.snapshot_date, s.role, s.post_label, s.version,
			       h.kind, h.recorded_at, h.recorded_by, h.children, h.families, h.children_under_six_months, h.source
			from caseload_snapshot s
			join lateral (select * from caseload_history h
			              where h.caseload_snapshot_id = s.id and h.recorded_at <= :cutoff
			              order by h.recorded_at desc, h.id desc limit 1) h on true
			where s.locality_id in (:localityIds)
			order by s.snapshot_date desc, s.role, lower(s.post_label)""";

	/**
	 * Each post's latest snapshot with its latest figures: what SNAPSHOTS_AS_OF gives as a post's latest figures
	 * when nothing has been recorded after :cutoff, without reading the posts' earlier dates (caseload_post_latest,
	 * kept by triggers, names each post's latest snapshot).
	 */
	private static final String LATEST_SNAPSHOTS_NOW = """
			select s.id, s.locality_id, s.snapshot_date, s.role, s.post_label, s.version,
			       h.kind, h.recorded_at, h.recorded_by, h.children, h.families, h.children_under_six_months, h.source
			from caseload_post_latest x
			join caseload_snapshot s on s.id = x.caseload_snapshot_id
			join lateral (select * from caseload_history h
			              where h.caseload_snapshot_id = s.id and h.recorded_at <= :cutoff
			              order by h.recorded_at desc, h.id desc limit 1) h on true
			where x.locality_id in (:localityIds)
			order by s.snapshot_date desc, s.role, lower(s.post_label)""";

	private static final String CORRECTIONS_AS_OF = """
			select s.locality_id, s.snapshot_date, s.role, s.post_label, h.recorded_at, h.recorded_by,
			       h.children, h.families, h.children_under_six_months,
			       h.old_children, h.old_families, h.old_children_under_six_months
			from caseload_history h
			join caseload_snapshot s on s.id = h.caseload_snapshot_id
			where s.locality_id in (:localityIds) and h.kind = 'CORRECTED' and h.recorded_at <= :cutoff
			order by h.recorded_at desc, h.id desc""";

	/** Every staffing change by :cutoff, newest first; the first per role is its number as of then. */
	private static final String STAFFING_AS_OF = """
			select st.locality_id, st.role, st.version, h.recorded_at, h.recorded_by, h.old_posts, h.posts
			from caseload_staffing_history h
			join caseload_staffing st on st.id = h.caseload_staffing_id
			where st.locality_id in (:localityIds) and h.recorded_at <= :cutoff
			order by h.recorded_at desc, h.id desc""";

	private final NamedParameterJdbcTemplate jdbc;
	private final LocalityQueries localities;
	private final CaseloadCheck check;

	CaseloadQueries(NamedParameterJdbcTemplate jdbc, LocalityQueries localities, CaseloadThresholds thresholds) {
		this.jdbc = jdbc;
		this.localities = localities;
		this.check = new CaseloadCheck(thresholds);
	}

	/** A locality's caseload page as of a moment (four statements), or empty if there is no such locality. */
	public Optional<CaseloadPage> page(long localityId, AsOf asOf) {
		return pages(List.of(localityId), asOf).stream().findFirst();
	}

	/**
	 * Several localities' caseload pages, in the order asked, as of a moment: the same four statements however
	 * many localities, posts and dates. Unknown ids are left out.
	 */
	public List<CaseloadPage> pages(List<Long> localityIds, AsOf asOf) {
		return pages(localityIds, asOf, false);
	}

	/**
	 * Several localities' latest figures per post (the dashboard's, the comparison's and the escalations' need), as
	 * of a moment, in the same statements as {@link #pages}: today, earlier dates are not read, so the pages' earlier
	 * figures and trend are empty; for a past moment they are read as {@link #pages} does.
	 */
	public List<CaseloadPage> latestPages(List<Long> localityIds, AsOf asOf) {
		return pages(localityIds, asOf, true);
	}

	private List<CaseloadPage> pages(List<Long> localityIds, AsOf asOf, boolean latestOnly) {
		List<LocalityView> found = localities.findAll(localityIds);
		if (found.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()))
			.addValue("localityIds", found.stream().map(LocalityView::id).toList());
		Map<Long, List<PostFigures>> posts = new HashMap<>();
		String snapshots = latestOnly && asOf.isCurrentFor(jdbc, "caseload_history") ? LATEST_SNAPSHOTS_NOW : SNAPSHOTS_AS_OF;
		jdbc.query(snapshots, params, rs -> {
			posts.computeIfAbsent(rs.getLong("locality_id"), id -> new ArrayList<>()).add(postFigures(rs, 0));
		});
		Map<Long, List<CorrectionRow>> corrections = new HashMap<>();
		jdbc.query(CORRECTIONS_AS_OF, params, rs -> {
			corrections.computeIfAbsent(rs.getLong("locality_id"), id -> new ArrayList<>()).add(correction(rs, 0));
		});
		Map<Long, List<StaffingChange>> staffingChanges = new HashMap<>();
		Map<Long, Map<CaseloadRole, StaffingRow>> staffing = new HashMap<>();
		jdbc.query(STAFFING_AS_OF, params, rs -> {
			long locality = rs.getLong("locality_id");
			CaseloadRole role = CaseloadRole.valueOf(rs.getString("role"));
			StaffingChange change = new StaffingChange(role, rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("recorded_by"), (Integer) rs.getObject("old_posts"), rs.getInt("posts"));
			staffingChanges.computeIfAbsent(locality, id -> new ArrayList<>()).add(change);
			staffing.computeIfAbsent(locality, id -> new EnumMap<>(CaseloadRole.class)).putIfAbsent(role,
					new StaffingRow(role, change.posts(), change.recordedAt(), change.recordedBy(), rs.getLong("version")));
		});
		List<CaseloadPage.RoleThreshold> thresholds = Arrays.stream(CaseloadRole.values())
			.map(role -> new CaseloadPage.RoleThreshold(role, check.threshold(role)))
			.toList();
		return found.stream().map(locality -> page(locality, posts.getOrDefault(locality.id(), List.of()),
				corrections.getOrDefault(locality.id(), List.of()), staffing.getOrDefault(locality.id(), Map.of()),
				staffingChanges.getOrDefault(locality.id(), List.of()), thresholds, asOf)).toList();
	}

	private CaseloadPage page(LocalityView locality, List<PostFigures> all, List<CorrectionRow> corrections,
			Map<CaseloadRole, StaffingRow> staffing, List<StaffingChange> staffingChanges,
			List<CaseloadPage.RoleThreshold> thresholds, AsOf asOf) {
		List<StaffingRow> staffingRows = Arrays.stream(CaseloadRole.values())
			.map(role -> staffing.getOrDefault(role, new StaffingRow(role, null, null, null, null)))
			.toList();
		List<PostFigures> latest = new ArrayList<>();
		List<PostFigures> earlier = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (PostFigures post : all) {
			// Rows come newest date first, so a post's first row is its latest.
			(seen.add(post.postKey()) ? latest : earlier).add(post);
		}
		latest.sort(Comparator.comparing((PostFigures post) -> post.role().ordinal())
			.thenComparing(post -> PostLabel.key(post.label())));
		return new CaseloadPage(locality.id(), locality.name(), asOf, latest, earlier, corrections, staffingRows,
				staffingChanges, ChildrenOverTime.of(all), thresholds);
	}

	private PostFigures postFigures(ResultSet rs, int row) throws SQLException {
		CaseloadRole role = CaseloadRole.valueOf(rs.getString("role"));
		CaseloadFigures figures = new CaseloadFigures(rs.getInt("children"), rs.getInt("families"),
				rs.getInt("children_under_six_months"));
		return new PostFigures(rs.getLong("id"), rs.getObject("snapshot_date", LocalDate.class), role,
				rs.getString("post_label"), figures, rs.getString("source"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"), "CORRECTED".equals(rs.getString("kind")), rs.getLong("version"),
				check.assess(role, figures.children()));
	}

	private static CorrectionRow correction(ResultSet rs, int row) throws SQLException {
		return new CorrectionRow(rs.getObject("snapshot_date", LocalDate.class), CaseloadRole.valueOf(rs.getString("role")),
				rs.getString("post_label"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
				new CaseloadFigures(rs.getInt("old_children"), rs.getInt("old_families"), rs.getInt("old_children_under_six_months")),
				new CaseloadFigures(rs.getInt("children"), rs.getInt("families"), rs.getInt("children_under_six_months")));
	}
}

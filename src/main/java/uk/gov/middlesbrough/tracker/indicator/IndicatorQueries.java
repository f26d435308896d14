package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.Option;

/**
 * The read side of indicators, for pages and other modules. Figures are always read "as of" a moment: each
 * measurement's value is its latest revision recorded by then. When nothing has been recorded since the moment
 * (today's pages), what is recorded now is read instead, which is the same and much cheaper. Each page costs a
 * fixed number of statements, however many figures and localities there are, and reads only the localities it shows.
 */
@Component
@Transactional(readOnly = true)
public class IndicatorQueries {

	private static final String INDICATOR_COLUMNS = "i.id, i.code, i.name, i.description, i.unit, i.polarity, i.frequency, "
			+ "i.source, i.baseline_value, i.baseline_date, i.target, i.tolerance, i.version, i.tolerance_illustrative, "
			+ "i.frequency_illustrative";

	/** Each measurement's value as known at :cutoff (index ix_measurement_revision_as_of serves the lateral). */
	private static final String FIGURES_AS_OF = """
			select m.indicator_id, m.locality_id, l.name as locality_name, m.period, r.value, r.note, r.source_reference,
			       sn.note as series_note, sn.illustrative as series_note_illustrative, %s,
			       r.import_batch_id, exists (select 1 from restatement rs where rs.revision_id = r.id) as restated,
			       coalesce(u.display_name || coalesce(', ' || u.post_title, ''), r.recorded_by) as entered_by
			from measurement m
			join locality l on l.id = m.locality_id
			join lateral (select r.id, r.value, r.note, r.source_reference, r.recorded_by, r.import_batch_id
			              from measurement_revision r
			              where r.measurement_id = m.id and r.recorded_at <= :cutoff
			              order by r.recorded_at desc, r.id desc limit 1) r on true
			left join user_account u on u.username = r.recorded_by
			left join indicator_series_note sn on sn.indicator_id = m.indicator_id and sn.locality_id = m.locality_id
			""".formatted(signedOff("m.locality_id", "m.indicator_id", "m.period"));

	/**
	 * Whether a figure's period was signed off by the view's moment, for the figure's locality, indicator and period
	 * columns (one probe of ix_figure_sign_off_lookup a figure).
	 */
	private static String signedOff(String locality, String indicator, String period) {
		return signedOffFrom(locality, "(select si.source from indicator si where si.id = " + indicator + ")", period);
	}

	/** {@link #signedOff} where the indicator's row is joined already: its source column, not a probe a row. */
	private static String signedOffFrom(String locality, String source, String period) {
		return """
				exists (select 1 from figure_sign_off so where so.locality_id = %s and so.source = %s
				        and %s between so.period_start and so.period_end and so.signed_off_at <= :cutoff) as signed_off"""
				.formatted(locality, source, period);
	}

	private final NamedParameterJdbcTemplate jdbc;

	IndicatorQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole library in name order (one statement). */
	public List<IndicatorView> library() {
		return jdbc.query("select " + INDICATOR_COLUMNS + " from indicator i order by lower(i.name)", IndicatorQueries::indicator);
	}

	public Optional<IndicatorView> find(long id) {
		return jdbc.query("select " + INDICATOR_COLUMNS + " from indicator i where i.id = :id", new MapSqlParameterSource("id", id),
				IndicatorQueries::indicator).stream().findFirst();
	}

	/** The indicators as choices for a select (for example an action's linked PMF indicator), value = id. */
	public List<Option> choices() {
		return library().stream().map(indicator -> new Option(String.valueOf(indicator.id()), indicator.name())).toList();
	}

	/** The indicator page with today's view of its first locality, or every locality while there are few. */
	public Optional<IndicatorPage> page(long id, AsOf asOf) {
		return page(id, asOf, null);
	}

	/**
	 * One indicator as of a moment: every locality's latest figures judged, and the full history with its
	 * corrections of every locality while at most {@link IndicatorPage#ALL_HISTORIES} have figures, else of one
	 * locality only ({@code shownLocalityId} when it has figures, else the first by name). Six statements, and
	 * the full history read is one locality's however many localities there are.
	 */
	public Optional<IndicatorPage> page(long id, AsOf asOf, Long shownLocalityId) {
		Optional<IndicatorView> found = find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		IndicatorView indicator = found.get();
		List<LocalitySeries> latest = recent(indicator, null, asOf, 2).stream().map(IndicatorSeries::series).toList();
		boolean oneAtATime = latest.size() > IndicatorPage.ALL_HISTORIES;
		Long shown = !oneAtATime ? null : latest.stream().map(LocalitySeries::localityId)
				.filter(localityId -> localityId.equals(shownLocalityId)).findFirst().orElse(latest.get(0).localityId());
		MapSqlParameterSource params = params(asOf).addValue("indicatorId", id).addValue("shown", shown);
		String onlyShown = shown == null ? "" : " and m.locality_id = :shown";
		List<LocalitySeries> series = series(indicator,
				jdbc.query(FIGURES_AS_OF + " where m.indicator_id = :indicatorId" + onlyShown
						+ " order by lower(l.name), l.id, m.period", params, (rs, i) -> figureWithProvenance(rs, indicator)), asOf.day());
		List<CorrectionRow> corrections = jdbc.query("""
				select l.name as locality_name, m.period, r.old_value, r.value, r.note, r.recorded_by, r.recorded_at
				from measurement_revision r
				join measurement m on m.id = r.measurement_id
				join locality l on l.id = m.locality_id
				where m.indicator_id = :indicatorId and r.kind = 'CORRECTED' and r.recorded_at <= :cutoff""" + onlyShown + """

				order by r.recorded_at desc, r.id desc""", params,
				(rs, i) -> new CorrectionRow(rs.getString("locality_name"), indicator.period(rs.getObject("period", LocalDate.class)),
						indicator.format(rs.getBigDecimal("old_value")), indicator.format(rs.getBigDecimal("value")),
						rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
		return Optional.of(new IndicatorPage(indicator, series, corrections, asOf, latest, oneAtATime));
	}

	/**
	 * One indicator's trend in some localities (all when {@code localityIds} is null), each its latest {@code figures}
	 * (all when null), as of a moment: for the chart images.
	 */
	public List<LocalitySeries> chartSeries(IndicatorView indicator, List<Long> localityIds, AsOf asOf, Integer figures) {
		return recent(indicator, localityIds, asOf, figures == null ? Integer.MAX_VALUE : figures).stream()
				.map(IndicatorSeries::series).toList();
	}

	/** Whether a figure is recorded for this indicator, locality and period (one statement). */
	public boolean isRecorded(long indicatorId, long localityId, LocalDate period) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from measurement where indicator_id = :indicatorId and locality_id = :localityId
				               and period = :period)""", new MapSqlParameterSource("indicatorId", indicatorId)
				.addValue("localityId", localityId).addValue("period", period), Boolean.class));
	}

	/** One locality's series of one indicator, as of a moment (two statements); empty if either is unknown. */
	public Optional<LocalitySeries> series(long indicatorId, long localityId, AsOf asOf) {
		Optional<IndicatorView> indicator = find(indicatorId);
		if (indicator.isEmpty()) {
			return Optional.empty();
		}
		MapSqlParameterSource params = params(asOf).addValue("indicatorId", indicatorId).addValue("localityId", localityId);
		List<Figure> figures = jdbc.query(
				FIGURES_AS_OF + " where m.indicator_id = :indicatorId and m.locality_id = :localityId order by m.period", params,
				(rs, i) -> figureWithProvenance(rs, indicator.get()));
		return series(indicator.get(), figures, asOf.day()).stream().findFirst();
	}

	/**
	 * Each indicator's latest {@code depth} figures in these localities, judged (direction of travel from the last
	 * two, target), as of a moment: three statements, and only these localities' figures are read, at most
	 * {@code depth} of each. Today's latest two come from measurement_latest (kept by triggers with every write);
	 * other depths today from measurement itself; a past moment looks up each figure's value as it was then.
	 */
	public List<IndicatorSeries> recentSeries(List<Long> localityIds, AsOf asOf, int depth) {
		if (localityIds.isEmpty()) {
			return List.of();
		}
		return recent(null, localityIds, asOf, depth);
	}

	/** {@link #recentSeries} of some indicators only (the rows a page of the comparison charts). */
	public List<IndicatorSeries> recentSeries(List<Long> localityIds, Collection<Long> indicatorIds, AsOf asOf, int depth) {
		if (localityIds.isEmpty() || indicatorIds.isEmpty()) {
			return List.of();
		}
		return recent(null, List.copyOf(indicatorIds), localityIds, asOf, depth);
	}

	/**
	 * The latest {@code depth} figures of one indicator or all ({@code indicator} null) in some localities or all
	 * ({@code localityIds} null), judged: three statements.
	 */
	private List<IndicatorSeries> recent(IndicatorView indicator, List<Long> localityIds, AsOf asOf, int depth) {
		return recent(indicator, indicator == null ? null : List.of(indicator.id()), localityIds, asOf, depth);
	}

	/** {@code indicatorIds} null for every indicator; {@code indicator}, when given, is the only one. */
	private List<IndicatorSeries> recent(IndicatorView indicator, List<Long> indicatorIds, List<Long> localityIds, AsOf asOf,
			int depth) {
		MapSqlParameterSource params = params(asOf).addValue("localityIds", localityIds).addValue("depth", depth)
				.addValue("indicatorIds", indicatorIds);
		boolean current = asOf.isCurrentFor(jdbc, "measurement_revision");
		boolean latestTable = current && depth <= 2;
		String localityColumn = latestTable ? "x.locality_id" : "l.id";
		String indicatorColumn = latestTable ? "x.indicator_id" : "i.id";
		String where = " where true" + (localityIds == null ? "" : " and " + localityColumn + " in (:localityIds)")
				+ (indicatorIds == null ? "" : " and " + indicatorColumn + " in (:indicatorIds)");
		String sql;
		if (latestTable) {
			sql = LATEST_TWO_NOW.formatted(signedOff("x.locality_id", "x.indicator_id", "f.period"), where);
		}
		else if (!current) {
			sql = RECENT_AS_OF.formatted(signedOffFrom("l.id", "i.source", "f.period"), where);
		}
		else {
			sql = RECENT_NOW.formatted(signedOffFrom("l.id", "i.source", "f.period"), where);
		}
		return seriesFrom(indicator == null ? library() : List.of(indicator), sql, params, asOf.day());
	}

	/** The latest :depth figures as known at :cutoff (the revision lateral as in FIGURES_AS_OF). */
	private static final String RECENT_AS_OF = """
			select i.id as indicator_id, l.id as locality_id, l.name as locality_name, f.period, f.value, f.note,
			       f.source_reference, sn.note as series_note, sn.illustrative as series_note_illustrative, %1$s
			from locality l
			cross join indicator i
			join lateral (select m.period, r.value, r.note, r.source_reference
			              from measurement m
			              join lateral (select r.value, r.note, r.source_reference from measurement_revision r
			                            where r.measurement_id = m.id and r.recorded_at <= :cutoff
			                            order by r.recorded_at desc, r.id desc limit 1) r on true
			              where m.indicator_id = i.id and m.locality_id = l.id
			              order by m.period desc limit :depth) f on true
			left join indicator_series_note sn on sn.indicator_id = i.id and sn.locality_id = l.id
			%2$s
			order by i.id, l.id, f.period""";

	/** The latest :depth figures recorded now (one probe of uq_measurement_indicator_locality_period each). */
	private static final String RECENT_NOW = """
			select i.id as indicator_id, l.id as locality_id, l.name as locality_name, f.period, f.value, f.note,
			       f.source_reference, sn.note as series_note, sn.illustrative as series_note_illustrative, %1$s
			from locality l
			cross join indicator i
			join lateral (select m.period, m.value, m.note, m.source_reference from measurement m
			              where m.indicator_id = i.id and m.locality_id = l.id
			              order by m.period desc limit :depth) f on true
			left join indicator_series_note sn on sn.indicator_id = i.id and sn.locality_id = l.id
			%2$s
			order by i.id, l.id, f.period""";

	/** The latest two figures recorded now, from measurement_latest. */
	private static final String LATEST_TWO_NOW = """
			select x.indicator_id, l.id as locality_id, l.name as locality_name, f.period, f.value, f.note,
			       f.source_reference, sn.note as series_note, sn.illustrative as series_note_illustrative, %1$s
			from measurement_latest x
			join locality l on l.id = x.locality_id
			cross join lateral (values (x.previous_period, x.previous_value, x.previous_note, x.previous_source_reference),
			                           (x.latest_period, x.latest_value, x.latest_note, x.latest_source_reference))
			      as f (period, value, note, source_reference)
			left join indicator_series_note sn on sn.indicator_id = x.indicator_id and sn.locality_id = x.locality_id
			%2$s and f.period is not null and (:depth >= 2 or f.period = x.latest_period)
			order by x.indicator_id, l.id, f.period""";

	private List<IndicatorSeries> seriesFrom(List<IndicatorView> indicators, String sql, MapSqlParameterSource params,
			LocalDate day) {
		Map<Long, IndicatorView> byId = new LinkedHashMap<>();
		indicators.forEach(indicator -> byId.put(indicator.id(), indicator));
		Map<Long, List<Figure>> figures = new LinkedHashMap<>();
		jdbc.query(sql, params, rs -> {
			IndicatorView indicator = byId.get(rs.getLong("indicator_id"));
			figures.computeIfAbsent(indicator.id(), key -> new ArrayList<>()).add(figure(rs, indicator));
		});
		List<IndicatorSeries> result = new ArrayList<>();
		for (IndicatorView indicator : indicators) {
			for (LocalitySeries series : series(indicator, figures.getOrDefault(indicator.id(), List.of()), day)) {
				result.add(new IndicatorSeries(indicator, series));
			}
		}
		return result;
	}

	/**
	 * An indicator's figures as one series a locality, localities by name without regard to case (as the database's C
	 * collation orders {@code lower(name)}, for the names' letters, digits and spaces): sorting the few localities here
	 * is cheaper than sorting every figure by name in the query, and compares without making lower-case copies.
	 */
	private static List<LocalitySeries> series(IndicatorView indicator, List<Figure> figures, LocalDate day) {
		Map<Long, List<Figure>> byLocality = new LinkedHashMap<>();
		figures.forEach(figure -> byLocality.computeIfAbsent(figure.localityId(), key -> new ArrayList<>()).add(figure));
		return byLocality.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<Long, List<Figure>> entry) -> entry.getValue().get(0).localityName(),
						String.CASE_INSENSITIVE_ORDER).thenComparing(Map.Entry::getKey))
				.map(entry -> LocalitySeries.of(indicator, entry.getKey(), entry.getValue().get(0).localityName(),
						entry.getValue().stream().map(Figure::point).toList(), day, entry.getValue().get(0).seriesNote()))
				.toList();
	}

	private static Figure figure(ResultSet rs, IndicatorView indicator) throws SQLException {
		LocalDate period = rs.getObject("period", LocalDate.class);
		BigDecimal value = rs.getBigDecimal("value");
		String seriesNote = rs.getString("series_note");
		return new Figure(rs.getLong("locality_id"), rs.getString("locality_name"), new FigurePoint(period,
				indicator.period(period), value, indicator.format(value), rs.getString("note"), rs.getString("source_reference"),
				rs.getBoolean("signed_off"), null),
				seriesNote == null ? null : new LocalitySeries.SeriesNote(seriesNote, rs.getBoolean("series_note_illustrative")));
	}

	/** The same with who entered the value shown and how (the columns FIGURES_AS_OF reads). */
	private static Figure figureWithProvenance(ResultSet rs, IndicatorView indicator) throws SQLException {
		Figure figure = figure(rs, indicator);
		Long importBatchId = rs.getObject("import_batch_id", Long.class);
		FigurePoint point = figure.point();
		return new Figure(figure.localityId(), figure.localityName(), new FigurePoint(point.period(), point.periodLabel(),
				point.value(), point.formatted(), point.note(), point.sourceReference(), point.signedOff(),
				new FigureProvenance(indicator.source(), rs.getString("entered_by"),
						FigureProvenance.How.of(importBatchId, rs.getBoolean("restated")), importBatchId)),
				figure.seriesNote());
	}

	private static IndicatorView indicator(ResultSet rs, int row) throws SQLException {
		return new IndicatorView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
				Unit.valueOf(rs.getString("unit")), Polarity.valueOf(rs.getString("polarity")),
				Frequency.valueOf(rs.getString("frequency")), rs.getString("source"), rs.getBigDecimal("baseline_value"),
				rs.getObject("baseline_date", LocalDate.class), rs.getBigDecimal("target"), rs.getBigDecimal("tolerance"),
				rs.getLong("version"), rs.getBoolean("tolerance_illustrative"), rs.getBoolean("frequency_illustrative"));
	}

	private static MapSqlParameterSource params(AsOf asOf) {
		return new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()));
	}

	private record Figure(long localityId, String localityName, FigurePoint point, LocalitySeries.SeriesNote seriesNote) {
	}

}

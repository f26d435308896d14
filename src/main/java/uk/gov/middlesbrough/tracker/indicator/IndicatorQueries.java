package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * measurement's value is its latest revision recorded by then, so today's view and a past view come from the
 * same query. Each page costs a fixed number of statements, however many figures and localities there are.
 */
@Component
@Transactional(readOnly = true)
public class IndicatorQueries {

	private static final String INDICATOR_COLUMNS = "i.id, i.code, i.name, i.description, i.unit, i.polarity, i.frequency, "
			+ "i.source, i.baseline_value, i.baseline_date, i.target, i.tolerance, i.version";

	/** Each measurement's value as known at :cutoff (index ix_measurement_revision_as_of serves the lateral). */
	private static final String FIGURES_AS_OF = """
			select m.indicator_id, m.locality_id, l.name as locality_name, m.period, r.value, r.note, r.source_reference
			from measurement m
			join locality l on l.id = m.locality_id
			join lateral (select r.value, r.note, r.source_reference from measurement_revision r
			              where r.measurement_id = m.id and r.recorded_at <= :cutoff
			              order by r.recorded_at desc, r.id desc limit 1) r on true
			""";

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

	/** One indicator with every locality's series and the corrections, as of a moment (three statements). */
	public Optional<IndicatorPage> page(long id, AsOf asOf) {
		Optional<IndicatorView> found = find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		IndicatorView indicator = found.get();
		MapSqlParameterSource params = params(asOf).addValue("indicatorId", id);
		List<LocalitySeries> series = series(indicator,
				jdbc.query(FIGURES_AS_OF + " where m.indicator_id = :indicatorId order by lower(l.name), l.id, m.period", params,
						(rs, i) -> figure(rs, indicator)));
		List<CorrectionRow> corrections = jdbc.query("""
				select l.name as locality_name, m.period, r.old_value, r.value, r.note, r.recorded_by, r.recorded_at
				from measurement_revision r
				join measurement m on m.id = r.measurement_id
				join locality l on l.id = m.locality_id
				where m.indicator_id = :indicatorId and r.kind = 'CORRECTED' and r.recorded_at <= :cutoff
				order by r.recorded_at desc, r.id desc""", params,
				(rs, i) -> new CorrectionRow(rs.getString("locality_name"), indicator.period(rs.getObject("period", LocalDate.class)),
						indicator.format(rs.getBigDecimal("old_value")), indicator.format(rs.getBigDecimal("value")),
						rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
		return Optional.of(new IndicatorPage(indicator, series, corrections, asOf));
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
				(rs, i) -> figure(rs, indicator.get()));
		return series(indicator.get(), figures).stream().findFirst();
	}

	/**
	 * The latest figure of every indicator in every locality, judged (direction of travel, target), as of a
	 * moment: for dashboards and the escalations to DIG (two statements).
	 */
	public List<IndicatorSeries> allSeries(AsOf asOf) {
		return seriesWhere("", params(asOf));
	}

	/**
	 * The latest figure of every indicator in these localities, judged, as of a moment (two statements): only these
	 * localities' measurements are read.
	 */
	public List<IndicatorSeries> series(List<Long> localityIds, AsOf asOf) {
		if (localityIds.isEmpty()) {
			return List.of();
		}
		return seriesWhere(" where m.locality_id in (:localityIds)", params(asOf).addValue("localityIds", localityIds));
	}

	private List<IndicatorSeries> seriesWhere(String where, MapSqlParameterSource params) {
		List<IndicatorView> indicators = library();
		Map<Long, IndicatorView> byId = new LinkedHashMap<>();
		indicators.forEach(indicator -> byId.put(indicator.id(), indicator));
		Map<Long, List<Figure>> figures = new LinkedHashMap<>();
		jdbc.query(FIGURES_AS_OF + where + " order by m.indicator_id, lower(l.name), l.id, m.period", params, rs -> {
			IndicatorView indicator = byId.get(rs.getLong("indicator_id"));
			figures.computeIfAbsent(indicator.id(), key -> new ArrayList<>()).add(figure(rs, indicator));
		});
		List<IndicatorSeries> result = new ArrayList<>();
		for (IndicatorView indicator : indicators) {
			for (LocalitySeries series : series(indicator, figures.getOrDefault(indicator.id(), List.of()))) {
				result.add(new IndicatorSeries(indicator, series));
			}
		}
		return result;
	}

	/** The current figure for each (indicator, locality, period) among these indicators (one statement). */
	Map<FigureEntry.FigureKey, CurrentFigure> currentFigures(java.util.Collection<Long> indicatorIds) {
		Map<FigureEntry.FigureKey, CurrentFigure> current = new java.util.HashMap<>();
		if (indicatorIds.isEmpty()) {
			return current;
		}
		jdbc.query("""
				select indicator_id, locality_id, period, value, note, source_reference from measurement
				where indicator_id in (:ids)""", new MapSqlParameterSource("ids", indicatorIds), rs -> {
			current.put(new FigureEntry.FigureKey(rs.getLong("indicator_id"), rs.getLong("locality_id"),
					rs.getObject("period", LocalDate.class)),
					new CurrentFigure(rs.getBigDecimal("value"), rs.getString("note"), rs.getString("source_reference")));
		});
		return current;
	}

	private static List<LocalitySeries> series(IndicatorView indicator, List<Figure> figures) {
		Map<Long, List<Figure>> byLocality = new LinkedHashMap<>();
		figures.forEach(figure -> byLocality.computeIfAbsent(figure.localityId(), key -> new ArrayList<>()).add(figure));
		return byLocality.entrySet().stream()
				.map(entry -> LocalitySeries.of(indicator, entry.getKey(), entry.getValue().get(0).localityName(),
						entry.getValue().stream().map(Figure::point).toList()))
				.toList();
	}

	private static Figure figure(ResultSet rs, IndicatorView indicator) throws SQLException {
		LocalDate period = rs.getObject("period", LocalDate.class);
		BigDecimal value = rs.getBigDecimal("value");
		return new Figure(rs.getLong("locality_id"), rs.getString("locality_name"), new FigurePoint(period,
				indicator.period(period), value, indicator.format(value), rs.getString("note"), rs.getString("source_reference")));
	}

	private static IndicatorView indicator(ResultSet rs, int row) throws SQLException {
		return new IndicatorView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
				Unit.valueOf(rs.getString("unit")), Polarity.valueOf(rs.getString("polarity")),
				Frequency.valueOf(rs.getString("frequency")), rs.getString("source"), rs.getBigDecimal("baseline_value"),
				rs.getObject("baseline_date", LocalDate.class), rs.getBigDecimal("target"), rs.getBigDecimal("tolerance"),
				rs.getLong("version"));
	}

	private static MapSqlParameterSource params(AsOf asOf) {
		return new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()));
	}

	private record Figure(long localityId, String localityName, FigurePoint point) {
	}

	/** What is recorded now for one figure. */
	record CurrentFigure(BigDecimal value, String note, String sourceReference) {
	}
}

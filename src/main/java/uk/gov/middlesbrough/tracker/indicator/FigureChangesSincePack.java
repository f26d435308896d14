package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.pack.ChangeWindow;
import uk.gov.middlesbrough.tracker.pack.PackChange;
import uk.gov.middlesbrough.tracker.pack.PackChangeGroup;
import uk.gov.middlesbrough.tracker.pack.PackChangeSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * Figures recorded or corrected since a pack, newest first: a new figure from "not recorded", a correction from its
 * old value to its new one, each with who did it and when (two statements: the revisions and, when there are any,
 * the indicators that say how their values read). The chapter is in the pack, so a small count is in words.
 */
@Component
@Transactional(readOnly = true)
class FigureChangesSincePack implements PackChangeSource {

	private final NamedParameterJdbcTemplate jdbc;
	private final IndicatorQueries indicators;
	private final UkText uk;
	private final SmallNumbers smallNumbers;

	FigureChangesSincePack(NamedParameterJdbcTemplate jdbc, IndicatorQueries indicators, MessageSource messages,
			SmallNumbers smallNumbers) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.uk = new UkText(messages);
		this.smallNumbers = smallNumbers;
	}

	@Override
	public List<PackChangeGroup> changes(ChangeWindow window) {
		return List.of(new PackChangeGroup(30, "figures", "changes.figures", window.localities().isEmpty() ? List.of() : figures(window)));
	}

	private List<PackChange> figures(ChangeWindow window) {
		record Revision(long indicatorId, long localityId, LocalDate period, String kind, BigDecimal oldValue, BigDecimal value,
				String who, Timestamp at) {
		}
		List<Revision> revisions = jdbc.query("""
				select m.indicator_id, m.locality_id, m.period, r.kind, r.old_value, r.value, r.recorded_by, r.recorded_at
				from measurement_revision r join measurement m on m.id = r.measurement_id
				where m.locality_id in (:localityIds) and r.recorded_at > :since and r.recorded_at <= :until
				  and not exists (select 1 from restatement s where s.revision_id = r.id)
				order by r.recorded_at desc, r.id desc""", new MapSqlParameterSource("localityIds", window.ids())
				.addValue("since", Timestamp.from(window.since().cutoff())).addValue("until", Timestamp.from(window.until().cutoff())),
				(rs, i) -> new Revision(rs.getLong("indicator_id"), rs.getLong("locality_id"), rs.getObject("period", LocalDate.class),
						rs.getString("kind"), rs.getBigDecimal("old_value"), rs.getBigDecimal("value"), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at")));
		if (revisions.isEmpty()) {
			return List.of();
		}
		Map<Long, IndicatorView> byId = indicators.library().stream()
				.collect(Collectors.toMap(IndicatorView::id, Function.identity()));
		return revisions.stream().map(revision -> {
			IndicatorView indicator = byId.get(revision.indicatorId());
			boolean corrected = RevisionKind.CORRECTED.name().equals(revision.kind());
			return new PackChange(window.name(revision.localityId()),
					uk.text(corrected ? "changes.figure.corrected" : "changes.figure.recorded", indicator.name(),
							indicator.period(revision.period())),
					corrected ? indicator.formatDisclosed(revision.oldValue(), smallNumbers) : uk.text("value.notRecorded"),
					indicator.formatDisclosed(revision.value(), smallNumbers),
					revision.who(), revision.at().toInstant(), "/indicators/" + indicator.id() + "?locality=" + revision.localityId());
		}).toList();
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.audit.RecordWritten;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Sign-off of a locality's figures from one source for a month or a quarter by their owner (whoever may enter the
 * locality's figures). From then on the database refuses any change to them (see {@link FiguresSignedOff}); the pages
 * and imports ask here first, so that a refusal is explained on the page it came from.
 */
@Component
@Transactional
public class FigureSignOffs {

	private final NamedParameterJdbcTemplate jdbc;
	private final IndicatorQueries indicators;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	FigureSignOffs(NamedParameterJdbcTemplate jdbc, IndicatorQueries indicators, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.indicators = indicators;
		this.clock = clock;
	}

	/** Signs off a locality's figures from a source for a period; a period signed off already is refused. */
	public long signOff(long localityId, String source, SignOffPeriod period, SignedInUser user) {
		if (!IndicatorPermissions.mayEnterFiguresFor(user, localityId)) {
			throw new AccessDeniedException("Not allowed to sign off figures for locality " + localityId);
		}
		try {
			long id = jdbc.queryForObject("""
					insert into figure_sign_off (locality_id, source, period_start, period_end, signed_off_by, signed_off_at)
					values (:locality, :source, :start, :end, :who, :at) returning id""", new MapSqlParameterSource("locality", localityId)
					.addValue("source", source).addValue("start", period.start()).addValue("end", period.end())
					.addValue("who", user.getUsername()).addValue("at", Timestamp.from(clock.instant())), Long.class);
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("localityId", localityId);
			values.put("source", source);
			values.put("periodStart", period.start());
			values.put("periodEnd", period.end());
			events.publishEvent(RecordWritten.created("FigureSignOff", id, values));
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadySignedOff(source, period);
		}
	}

	/** A locality's sign-offs, newest period first. */
	@Transactional(readOnly = true)
	public List<SignOff> of(long localityId) {
		return of(Set.of(localityId));
	}

	private List<SignOff> of(Collection<Long> localityIds) {
		if (localityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				select s.id, s.locality_id, s.source, s.period_start, s.period_end, s.signed_off_by, s.signed_off_at,
				       coalesce(u.display_name || coalesce(', ' || u.post_title, ''), s.signed_off_by) as signed_off_by_name
				from figure_sign_off s left join user_account u on u.username = s.signed_off_by
				where s.locality_id in (:localities) order by s.period_start desc, s.period_end, s.source""", Map.of("localities", localityIds),
				(rs, i) -> new SignOff(rs.getLong("id"), rs.getLong("locality_id"), rs.getString("source"),
						new SignOffPeriod(rs.getObject("period_start", LocalDate.class),
								rs.getObject("period_end", LocalDate.class)),
						rs.getString("signed_off_by"), rs.getString("signed_off_by_name"), rs.getTimestamp("signed_off_at").toInstant()));
	}

	/** Of these figures, those whose period is signed off (one statement, whatever the number of figures). */
	@Transactional(readOnly = true)
	public Set<FigureKey> locked(Collection<FigureEntry> entries) {
		List<SignOff> signOffs = of(entries.stream().map(FigureEntry::localityId).collect(Collectors.toSet()));
		if (signOffs.isEmpty()) {
			return Set.of();
		}
		Map<Long, String> sources = indicators.library().stream()
				.collect(Collectors.toMap(IndicatorView::id, IndicatorView::source));
		return entries.stream()
				.filter(entry -> signOffs.stream().anyMatch(signOff -> signOff.locks(sources.get(entry.indicatorId()),
						entry.localityId(), entry.period())))
				.map(FigureEntry::key)
				.collect(Collectors.toSet());
	}

	/**
	 * The periods a locality's figures may be signed off for: each month with figures that has ended by {@code today},
	 * newest first, then the financial quarters those months make up that have ended too.
	 */
	@Transactional(readOnly = true)
	public List<SignOffPeriod> periods(long localityId, LocalDate today) {
		List<YearMonth> months = jdbc.query("""
				select distinct date_trunc('month', period)::date as month from measurement
				where locality_id = :locality and period < date_trunc('month', cast(:today as date)) order by month desc""",
				new MapSqlParameterSource("locality", localityId).addValue("today", today),
				(rs, i) -> YearMonth.from(rs.getObject("month", LocalDate.class)));
		List<SignOffPeriod> periods = new ArrayList<>(months.stream().map(SignOffPeriod::month).toList());
		months.stream().map(SignOffPeriod::quarterOf).distinct().filter(quarter -> quarter.end().isBefore(today))
			.forEach(periods::add);
		return periods;
	}

	/** The sources figures come from (the indicator sets a sign-off covers), in name order. */
	@Transactional(readOnly = true)
	public List<String> sources() {
		return indicators.library().stream().map(IndicatorView::source).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	/** A sign-off refused because the period is signed off already. */
	public static class AlreadySignedOff extends RuntimeException {

		AlreadySignedOff(String source, SignOffPeriod period) {
			super(source + " figures signed off already for " + period);
		}
	}

}

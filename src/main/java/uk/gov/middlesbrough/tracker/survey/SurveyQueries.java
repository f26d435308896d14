package uk.gov.middlesbrough.tracker.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The read side of resident surveys, "as of" a moment: a figure is its latest history row recorded by then,
 * so today's page and a past view come from the same queries. A page costs a fixed number of statements
 * however many waves and questions there are.
 */
@Component
@Transactional(readOnly = true)
public class SurveyQueries {

	private static final String WAVE_COLUMNS = "w.id, w.locality_id, w.name, w.fieldwork_date, w.respondents, w.source";

	/** Each result's value as recorded by :cutoff (ix_survey_result_history_result_time serves the lateral). */
	private static final String FIGURES_AS_OF = """
			select w.locality_id, r.survey_wave_id, r.survey_question_id, r.version, h.percentage_agreeing, h.respondents
			from survey_result r
			join survey_wave w on w.id = r.survey_wave_id
			join lateral (select h.percentage_agreeing, h.respondents from survey_result_history h
			              where h.survey_result_id = r.id and h.recorded_at <= :cutoff
			              order by h.recorded_at desc, h.id desc limit 1) h on true
			""";

	private final NamedParameterJdbcTemplate jdbc;
	private final LocalityQueries localities;

	SurveyQueries(NamedParameterJdbcTemplate jdbc, LocalityQueries localities) {
		this.jdbc = jdbc;
		this.localities = localities;
	}

	/** A locality's waves, each question's trend and the corrections, as of a moment (five statements). */
	public Optional<LocalitySurveys> locality(long localityId, AsOf asOf) {
		return localities(List.of(localityId), asOf).stream().findFirst();
	}

	/**
	 * Several localities' surveys, in the order asked, as of a moment: the same five statements however many
	 * localities, waves and questions. Unknown ids are left out.
	 */
	public List<LocalitySurveys> localities(List<Long> localityIds, AsOf asOf) {
		List<LocalityView> found = localities.findAll(localityIds);
		if (found.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()))
				.addValue("localityIds", found.stream().map(LocalityView::id).toList());
		// Questions are definitions, not figures: a past view lists today's questions (those without figures then show none).
		List<QuestionView> questions = questions();
		Map<Long, List<WaveView>> wavesByLocality = new HashMap<>();
		jdbc.query("select " + WAVE_COLUMNS + " from survey_wave w"
				+ " where w.locality_id in (:localityIds) and w.created_at <= :cutoff order by w.fieldwork_date, w.created_at, w.id",
				params, rs -> {
					WaveView wave = wave(rs, 0);
					wavesByLocality.computeIfAbsent(wave.localityId(), id -> new ArrayList<>()).add(wave);
				});
		Map<Long, Map<Long, Map<Long, Figure>>> figures = new HashMap<>();
		jdbc.query(FIGURES_AS_OF + " where w.locality_id in (:localityIds)", params, rs -> {
			figures.computeIfAbsent(rs.getLong("locality_id"), id -> new HashMap<>())
				.computeIfAbsent(rs.getLong("survey_question_id"), id -> new HashMap<>())
				.put(rs.getLong("survey_wave_id"), new Figure(new PercentAgreeing(rs.getBigDecimal("percentage_agreeing")),
						(Integer) rs.getObject("respondents"), rs.getLong("version")));
		});
		Map<Long, List<CorrectionRow>> corrections = new HashMap<>();
		jdbc.query("""
				select w.locality_id, h.recorded_at, h.recorded_by, w.name as wave_name, q.text as question_text,
				       h.old_percentage_agreeing, h.percentage_agreeing, h.old_respondents, h.respondents, h.import_batch_id
				from survey_result_history h
				join survey_result r on r.id = h.survey_result_id
				join survey_wave w on w.id = r.survey_wave_id
				join survey_question q on q.id = r.survey_question_id
				where w.locality_id in (:localityIds) and h.kind = 'CORRECTED' and h.recorded_at <= :cutoff
				order by h.recorded_at desc, h.id desc""", params, rs -> {
					corrections.computeIfAbsent(rs.getLong("locality_id"), id -> new ArrayList<>()).add(correction(rs, 0));
				});
		return found.stream().map(locality -> {
			List<WaveView> waves = wavesByLocality.getOrDefault(locality.id(), List.of());
			Map<Long, Map<Long, Figure>> byQuestion = figures.getOrDefault(locality.id(), Map.of());
			List<QuestionTrend> trends = questions.stream()
					.map(question -> QuestionTrend.of(question, waves, byQuestion.getOrDefault(question.id(), Map.of())))
					.toList();
			return new LocalitySurveys(locality.id(), locality.name(), waves, trends,
					corrections.getOrDefault(locality.id(), List.of()), asOf);
		}).toList();
	}

	/** The shared list of questions in their order. */
	public List<QuestionView> questions() {
		return jdbc.query("select id, code, text, position from survey_question order by position, id",
				new MapSqlParameterSource(), SurveyQueries::question);
	}

	/** Per locality: how many waves it has and the latest one's fieldwork date (for the survey index). */
	public Map<Long, WaveCount> waveCounts() {
		Map<Long, WaveCount> counts = new HashMap<>();
		jdbc.query("select locality_id, count(*) as waves, max(fieldwork_date) as latest from survey_wave group by locality_id",
				new MapSqlParameterSource(), rs -> {
					counts.put(rs.getLong("locality_id"), new WaveCount(rs.getInt("waves"), rs.getObject("latest", LocalDate.class)));
				});
		return counts;
	}

	/** One wave of a locality and one question, with the figure recorded now (if any), for the result form. */
	public Optional<ResultEditing> resultEditing(long localityId, long waveId, long questionId) {
		Optional<LocalityView> locality = localities.find(localityId);
		if (locality.isEmpty()) {
			return Optional.empty();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("localityId", localityId).addValue("waveId", waveId)
				.addValue("questionId", questionId);
		return jdbc.query("select " + WAVE_COLUMNS + """
				, q.id as question_id, q.code, q.text, q.position, r.percentage_agreeing, r.respondents as result_respondents,
				  r.version as result_version
				from survey_wave w
				join survey_question q on q.id = :questionId
				left join survey_result r on r.survey_wave_id = w.id and r.survey_question_id = q.id
				where w.id = :waveId and w.locality_id = :localityId""", params, (rs, i) -> {
					BigDecimal percentage = rs.getBigDecimal("percentage_agreeing");
					Figure current = percentage == null ? null : new Figure(new PercentAgreeing(percentage),
							(Integer) rs.getObject("result_respondents"), rs.getLong("result_version"));
					return new ResultEditing(locality.get().name(), wave(rs, i),
							new QuestionView(rs.getLong("question_id"), rs.getString("code"), rs.getString("text"), rs.getInt("position")),
							current);
				}).stream().findFirst();
	}

	/** Everything an import's rows are checked against: localities, questions, waves and current figures (four statements). */
	SurveyImportData importData() {
		MapSqlParameterSource none = new MapSqlParameterSource();
		List<WaveView> waves = jdbc.query("select " + WAVE_COLUMNS + " from survey_wave w", none, SurveyQueries::wave);
		Map<SurveyImportData.ResultKey, Figure> figures = new HashMap<>();
		jdbc.query("select survey_wave_id, survey_question_id, percentage_agreeing, respondents, version from survey_result", none,
				rs -> {
					figures.put(new SurveyImportData.ResultKey(rs.getLong("survey_wave_id"), rs.getLong("survey_question_id")),
							new Figure(new PercentAgreeing(rs.getBigDecimal("percentage_agreeing")),
									(Integer) rs.getObject("respondents"), rs.getLong("version")));
				});
		return new SurveyImportData(localities.all(), questions(), waves, figures);
	}

	private static QuestionView question(ResultSet rs, int row) throws SQLException {
		return new QuestionView(rs.getLong("id"), rs.getString("code"), rs.getString("text"), rs.getInt("position"));
	}

	private static WaveView wave(ResultSet rs, int row) throws SQLException {
		return new WaveView(rs.getLong("id"), rs.getLong("locality_id"), rs.getString("name"),
				rs.getObject("fieldwork_date", LocalDate.class), (Integer) rs.getObject("respondents"), rs.getString("source"));
	}

	private static CorrectionRow correction(ResultSet rs, int row) throws SQLException {
		BigDecimal old = rs.getBigDecimal("old_percentage_agreeing");
		return new CorrectionRow(rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
				rs.getString("wave_name"), rs.getString("question_text"), old == null ? null : new PercentAgreeing(old),
				new PercentAgreeing(rs.getBigDecimal("percentage_agreeing")), (Integer) rs.getObject("old_respondents"),
				(Integer) rs.getObject("respondents"), (Long) rs.getObject("import_batch_id"));
	}

	/** How many waves a locality has, and the latest fieldwork date. */
	record WaveCount(int waves, LocalDate latest) {
	}

	/** The result form's subject: a wave, a question and the figure recorded now (null if none yet). */
	public record ResultEditing(String localityName, WaveView wave, QuestionView question, Figure current) {
	}
}

package uk.gov.middlesbrough.tracker.rollout.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.rollout.NeedScenarios;
import uk.gov.middlesbrough.tracker.rollout.SavedScenario;
import uk.gov.middlesbrough.tracker.rollout.Ward;
import uk.gov.middlesbrough.tracker.rollout.WardFigure;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;
import uk.gov.middlesbrough.tracker.rollout.WardQueries;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation.Phase;
import uk.gov.middlesbrough.tracker.rollout.evaluation.LocalityEvaluation.Problem;

/**
 * Evaluating a locality against comparator wards: the choices (three statements) and one evaluation (one statement
 * for the figures, and four more when the comparators are the most similar wards by need), whatever the number of
 * wards or figures.
 */
@Component
public class LocalityEvaluations {

	/** How many wards most similar by need are compared with when none are chosen. */
	public static final int SIMILAR = 3;

	private final NamedParameterJdbcTemplate jdbc;
	private final WardQueries wards;
	private final NeedScenarios scenarios;
	private final SmallNumbers smallNumbers;

	LocalityEvaluations(NamedParameterJdbcTemplate jdbc, WardQueries wards, NeedScenarios scenarios,
			SmallNumbers smallNumbers) {
		this.jdbc = jdbc;
		this.wards = wards;
		this.scenarios = scenarios;
		this.smallNumbers = smallNumbers;
	}

	@Transactional(readOnly = true)
	public EvaluationChoices choices() {
		List<EvaluatedLocality> localities = jdbc.query("""
				select l.id, l.name, l.start_date, w.id as ward_id, w.name as ward_name
				from locality l left join ward w on w.locality_id = l.id
				order by l.name""", Map.of(), (rs, i) -> new EvaluatedLocality(rs.getLong("id"), rs.getString("name"),
				rs.getObject("start_date", LocalDate.class), (Long) rs.getObject("ward_id"),
				rs.getString("ward_name")));
		return new EvaluationChoices(localities, wards.measures().stream().filter(WardMeasure::periodic).toList(),
				wards.wards().stream().filter(ward -> !ward.locality()).toList());
	}

	/**
	 * The locality's figures before and after its start against the comparators chosen, or, when none are, the
	 * {@value #SIMILAR} wards most similar by need in the newest saved need index that ranks its ward.
	 */
	@Transactional(readOnly = true)
	public LocalityEvaluation evaluate(EvaluationChoices choices, EvaluatedLocality locality, WardMeasure measure,
			List<Ward> chosen) {
		if (!locality.linked()) {
			return new LocalityEvaluation(locality, measure, chosen, null, Problem.NO_WARD, null);
		}
		List<Ward> comparators = chosen;
		SavedScenario similarBy = null;
		if (chosen.isEmpty()) {
			Optional<SavedScenario> scenario = newestRanking(locality.wardName()).flatMap(scenarios::find);
			if (scenario.isPresent()) {
				similarBy = scenario.get();
				comparators = similar(similarBy, locality, choices.candidates());
			}
			if (comparators.isEmpty()) {
				return new LocalityEvaluation(locality, measure, comparators, similarBy, Problem.NO_SIMILAR_WARDS, null);
			}
		}
		List<Long> ids = new ArrayList<>(List.of(locality.wardId()));
		comparators.forEach(ward -> ids.add(ward.id()));
		List<WardFigure> figures = wards.series(measure.code(), ids);
		Evaluation evaluation = Evaluation.of(locality.startDate(), measure.periodMonths(),
				figures.stream().filter(figure -> figure.wardId() == locality.wardId()).toList(),
				figures.stream().filter(figure -> figure.wardId() != locality.wardId()).toList(), smallNumbers::suppressed);
		Problem problem = null;
		if (evaluation.used(Phase.BEFORE) == 0) {
			problem = Problem.NO_FIGURES_BEFORE;
		}
		else if (evaluation.used(Phase.AFTER) == 0) {
			problem = Problem.NO_FIGURES_AFTER;
		}
		return new LocalityEvaluation(locality, measure, comparators, similarBy, problem, evaluation);
	}

	/** The newest saved need index with a figure of the ward for every indicator (so the ward is ranked in it). */
	private Optional<Long> newestRanking(String ward) {
		return jdbc.queryForList("""
				select s.id from need_scenario s
				where exists (select 1 from need_scenario_indicator i where i.need_scenario_id = s.id)
				  and not exists (select 1 from need_scenario_indicator i where i.need_scenario_id = s.id
				                  and not exists (select 1 from need_scenario_figure f where f.need_scenario_id = s.id
				                                  and f.position = i.position and f.ward_name = :ward))
				order by s.created_at desc, s.id desc limit 1""", Map.of("ward", ward), Long.class).stream().findFirst();
	}

	private static List<Ward> similar(SavedScenario scenario, EvaluatedLocality locality, List<Ward> candidates) {
		Map<String, Ward> byName = candidates.stream().collect(Collectors.toMap(Ward::name, ward -> ward));
		Set<String> names = byName.keySet();
		return SimilarWards.nearest(scenario.inputs().ranking(), locality.wardName(), names, SIMILAR).stream()
			.map(byName::get).toList();
	}
}

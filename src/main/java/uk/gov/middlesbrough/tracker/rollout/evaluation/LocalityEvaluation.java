package uk.gov.middlesbrough.tracker.rollout.evaluation;

import java.util.List;
import uk.gov.middlesbrough.tracker.rollout.SavedScenario;
import uk.gov.middlesbrough.tracker.rollout.Ward;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;

/**
 * One locality's evaluation on one measure: the comparator wards used and how they were chosen (by the user, or the
 * wards most similar by need in the saved need index {@code similarBy}), the periods and estimate, or the problem that
 * stops it (then {@code evaluation} may still hold the periods there are).
 */
public record LocalityEvaluation(EvaluatedLocality locality, WardMeasure measure, List<Ward> comparators,
		SavedScenario similarBy, Problem problem, Evaluation evaluation) {

	/** Why there is no estimate. */
	public enum Problem {
		NO_WARD, NO_SIMILAR_WARDS, NO_FIGURES_BEFORE, NO_FIGURES_AFTER
	}

	public boolean chosenByNeed() {
		return similarBy != null;
	}

	public boolean estimated() {
		return problem == null;
	}
}

package uk.gov.middlesbrough.tracker.rollout.evaluation;

import java.util.List;
import java.util.Optional;
import uk.gov.middlesbrough.tracker.rollout.Ward;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;

/**
 * What an evaluation can be asked for: every locality (those linked to a ward are offered), the measures with figures
 * over time, and the wards with no locality, which may be comparators.
 */
public record EvaluationChoices(List<EvaluatedLocality> localities, List<WardMeasure> measures, List<Ward> candidates) {

	public List<EvaluatedLocality> linkedLocalities() {
		return localities.stream().filter(EvaluatedLocality::linked).toList();
	}

	public Optional<EvaluatedLocality> locality(long id) {
		return localities.stream().filter(locality -> locality.id() == id).findFirst();
	}

	public Optional<WardMeasure> measure(String code) {
		return measures.stream().filter(measure -> measure.code().equals(code)).findFirst();
	}

	/** The candidate wards with these ids, in name order; empty when any id is not a candidate. */
	public Optional<List<Ward>> comparators(List<Long> ids) {
		List<Ward> found = candidates.stream().filter(ward -> ids.contains(ward.id())).toList();
		return found.size() == ids.stream().distinct().count() ? Optional.of(found) : Optional.empty();
	}
}

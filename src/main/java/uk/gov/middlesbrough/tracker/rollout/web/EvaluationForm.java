package uk.gov.middlesbrough.tracker.rollout.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * The evaluation's choices, as a GET form so a result can be linked to: a locality, a measure and any comparator
 * wards (none ticked: the wards most similar by need). Ids are text, so one that is not a number is simply not found.
 */
public class EvaluationForm {

	private String locality;
	private String measure;
	private List<String> comparator = new ArrayList<>();

	void validate(Errors errors) {
		if (locality == null || locality.isBlank()) {
			errors.rejectValue("locality", "rollout.evaluation.locality.missing");
		}
		if (measure == null || measure.isBlank()) {
			errors.rejectValue("measure", "rollout.evaluation.measure.missing");
		}
	}

	long localityId() {
		return id(locality, "locality");
	}

	List<Long> comparatorIds() {
		return comparator.stream().filter(id -> !id.isBlank()).map(id -> id(id, "comparator ward")).distinct().toList();
	}

	private static long id(String text, String what) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new NotFound(what, text);
		}
	}

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public List<String> getComparator() {
		return comparator;
	}

	public void setComparator(List<String> comparator) {
		this.comparator = comparator == null ? new ArrayList<>() : comparator;
	}
}

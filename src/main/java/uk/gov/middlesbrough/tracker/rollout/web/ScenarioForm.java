package uk.gov.middlesbrough.tracker.rollout.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.rollout.Standardisation;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;

/**
 * Building a need index: how indicators are put on a common scale, a weight for each measure (blank or 0 leaves it
 * out), and, to save it, a name and why it was built. Weights are text so a mistyped one is shown back as typed.
 */
public class ScenarioForm {

	static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

	private String method = Standardisation.Z_SCORE.name();
	private List<WeightRow> weights = new ArrayList<>();
	private String name;
	private String purpose;
	private final Map<String, String> names = new LinkedHashMap<>();

	/** One measure's weight, as typed. */
	public static class WeightRow {

		private String code;
		private String weight;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}
	}

	/** A row for every measure, keeping what was typed for those already in the form. */
	void cover(List<WardMeasure> measures) {
		Map<String, String> typed = new LinkedHashMap<>();
		weights.stream().filter(row -> row.getCode() != null).forEach(row -> typed.put(row.getCode(), row.getWeight()));
		List<WeightRow> rows = new ArrayList<>();
		for (WardMeasure measure : measures) {
			names.put(measure.code(), measure.name());
			WeightRow row = new WeightRow();
			row.setCode(measure.code());
			row.setWeight(typed.get(measure.code()));
			rows.add(row);
		}
		weights = rows;
	}

	/** The method and weights: each a number from 0 to 100 with up to two decimal places, at least one above 0. */
	void validateIndex(Errors errors) {
		if (standardisation() == null) {
			errors.rejectValue("method", "rollout.scenario.method.missing");
		}
		boolean anyAbove = false;
		for (int i = 0; i < weights.size(); i++) {
			String typed = weights.get(i).getWeight();
			if (typed == null || typed.isBlank()) {
				continue;
			}
			BigDecimal weight = parse(typed);
			if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0
					|| weight.stripTrailingZeros().scale() > 2) {
				errors.rejectValue("weights[" + i + "].weight", "rollout.scenario.weight.invalid",
						new Object[] { names.getOrDefault(weights.get(i).getCode(), "") }, null);
			}
			else {
				anyAbove |= weight.signum() > 0;
			}
		}
		if (!anyAbove && !errors.hasFieldErrors("weights*") && !weights.isEmpty()) {
			errors.rejectValue("weights[0].weight", "rollout.scenario.weight.none");
		}
	}

	void validateSave(Errors errors) {
		validateIndex(errors);
		if (name == null || name.isBlank()) {
			errors.rejectValue("name", "rollout.scenario.name.missing");
		}
		else if (name.trim().length() > 200) {
			errors.rejectValue("name", "rollout.scenario.name.long");
		}
		if (purpose != null && purpose.length() > 2000) {
			errors.rejectValue("purpose", "rollout.scenario.purpose.long");
		}
	}

	/** The weights above 0 by measure code (only once the form is valid). */
	Map<String, BigDecimal> weightsByCode() {
		Map<String, BigDecimal> byCode = new LinkedHashMap<>();
		weights.stream().filter(row -> row.getWeight() != null && !row.getWeight().isBlank())
			.forEach(row -> byCode.put(row.getCode(), parse(row.getWeight())));
		return byCode;
	}

	Standardisation standardisation() {
		for (Standardisation each : Standardisation.values()) {
			if (each.name().equals(method)) {
				return each;
			}
		}
		return null;
	}

	private static BigDecimal parse(String typed) {
		try {
			return new BigDecimal(typed.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public List<WeightRow> getWeights() {
		return weights;
	}

	public void setWeights(List<WeightRow> weights) {
		this.weights = weights;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}
}

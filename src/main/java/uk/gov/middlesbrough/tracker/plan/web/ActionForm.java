package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.plan.ActionDetail;
import uk.gov.middlesbrough.tracker.plan.SmartDetails;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/** The add / change action form: every SMART field, as typed. */
public class ActionForm {

	@NotBlank
	@Size(max = 1000)
	private String specific;

	@NotBlank
	@Size(max = 500)
	private String measure;

	@NotBlank
	@Size(max = 200)
	private String targetValue;

	private Long indicatorId;

	@NotBlank
	@Size(max = 200)
	private String ownerPost;

	@Size(max = 200)
	private String partner;

	@Size(max = 1000)
	private String resources;

	@NotBlank
	@Size(max = 500)
	private String relevantObjective;

	private DateInput startDate = new DateInput();

	private DateInput dueDate = new DateInput();

	private String weight = "1";

	/** Why an existing action is being changed: required when its due date moves; kept in its history. */
	@Size(max = 2000)
	private String changeReason;

	private long version;

	static ActionForm of(ActionDetail action) {
		ActionForm form = new ActionForm();
		form.specific = action.specific();
		form.measure = action.measure();
		form.targetValue = action.targetValue();
		form.indicatorId = action.indicatorId();
		form.ownerPost = action.ownerPost();
		form.partner = action.partner();
		form.resources = action.resources();
		form.relevantObjective = action.relevantObjective();
		form.startDate = DateInput.of(action.startDate());
		form.dueDate = DateInput.of(action.dueDate());
		form.weight = action.weight().stripTrailingZeros().toPlainString();
		form.version = action.version();
		return form;
	}

	/** Dates, the order of the dates, and the weight. */
	void validate(Errors errors) {
		DateInput.validatePlanned(errors, "startDate", startDate, "start date", true);
		DateInput.validatePlanned(errors, "dueDate", dueDate, "due date", true);
		if (!errors.hasFieldErrors("startDate") && !errors.hasFieldErrors("dueDate")
				&& dueDate.toDate().orElseThrow().isBefore(startDate.toDate().orElseThrow())) {
			errors.rejectValue("dueDate", "action.dueDate.beforeStart");
		}
		if (parsedWeight() == null) {
			errors.rejectValue("weight", "action.weight.invalid");
		}
	}

	BigDecimal parsedWeight() {
		try {
			BigDecimal value = new BigDecimal(weight == null ? "" : weight.strip());
			boolean inRange = value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
			return inRange && value.scale() <= 2 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Call only once the form has passed validation. */
	SmartDetails toDetails() {
		return new SmartDetails(specific.strip(), measure.strip(), targetValue.strip(), indicatorId, ownerPost.strip(),
				FormText.blankToNull(partner), FormText.blankToNull(resources), relevantObjective.strip(),
				startDate.toDate().orElseThrow(), dueDate.toDate().orElseThrow(), parsedWeight());
	}

	public String getSpecific() {
		return specific;
	}

	public void setSpecific(String specific) {
		this.specific = specific;
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public String getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(String targetValue) {
		this.targetValue = targetValue;
	}

	public Long getIndicatorId() {
		return indicatorId;
	}

	public void setIndicatorId(Long indicatorId) {
		this.indicatorId = indicatorId;
	}

	public String getOwnerPost() {
		return ownerPost;
	}

	public void setOwnerPost(String ownerPost) {
		this.ownerPost = ownerPost;
	}

	public String getPartner() {
		return partner;
	}

	public void setPartner(String partner) {
		this.partner = partner;
	}

	public String getResources() {
		return resources;
	}

	public void setResources(String resources) {
		this.resources = resources;
	}

	public String getRelevantObjective() {
		return relevantObjective;
	}

	public void setRelevantObjective(String relevantObjective) {
		this.relevantObjective = relevantObjective;
	}

	public DateInput getStartDate() {
		return startDate;
	}

	public void setStartDate(DateInput startDate) {
		this.startDate = startDate;
	}

	public String getChangeReason() {
		return changeReason;
	}

	public void setChangeReason(String changeReason) {
		this.changeReason = changeReason;
	}

	/** The reason typed, or null if none. */
	String reason() {
		return changeReason == null || changeReason.isBlank() ? null : changeReason.strip();
	}

	public DateInput getDueDate() {
		return dueDate;
	}

	public void setDueDate(DateInput dueDate) {
		this.dueDate = dueDate;
	}

	public String getWeight() {
		return weight;
	}

	public void setWeight(String weight) {
		this.weight = weight;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

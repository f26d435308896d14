package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationReference;

/** Adding a recommendation to a review: its reference (a, b, g(ii), ...) and the panel's words. */
public class RecommendationForm {

	@NotBlank
	@Size(max = 20)
	private String reference;

	@NotBlank
	@Size(max = 4000)
	private String text;

	void validate(Errors errors) {
		if (!errors.hasFieldErrors("reference") && RecommendationReference.parse(reference).isEmpty()) {
			errors.rejectValue("reference", "scrutiny.recommendation.reference.invalid");
		}
	}

	/** Call only once the form has passed validation. */
	RecommendationReference parsedReference() {
		return RecommendationReference.parse(reference).orElseThrow();
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}
}

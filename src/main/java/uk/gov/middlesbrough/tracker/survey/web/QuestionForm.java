package uk.gov.middlesbrough.tracker.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new survey question: its short code for CSV files and its wording. */
public class QuestionForm {

	@NotBlank
	@Size(max = 300)
	private String text;

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "(\\s*[a-z][a-z0-9_]*\\s*)?")
	private String code;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}

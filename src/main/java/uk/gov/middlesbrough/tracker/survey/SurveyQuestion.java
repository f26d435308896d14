package uk.gov.middlesbrough.tracker.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A question every locality's survey may ask; the code names it in CSV files. */
@Entity
class SurveyQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String code;

	private String text;

	private int position;

	@Version
	private long version;

	protected SurveyQuestion() {
	}

	SurveyQuestion(String code, String text, int position) {
		this.code = code;
		this.text = text;
		this.position = position;
	}

	Long getId() {
		return id;
	}
}

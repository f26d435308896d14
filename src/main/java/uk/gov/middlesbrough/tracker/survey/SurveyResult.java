package uk.gov.middlesbrough.tracker.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The current figure of one question in one wave. Every value it takes also goes to its history
 * ({@link #recorded} and {@link #correct} return the history row), so a correction never loses the old value.
 */
@Entity
class SurveyResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long surveyWaveId;

	@Column(updatable = false)
	private long surveyQuestionId;

	private BigDecimal percentageAgreeing;

	private Integer respondents;

	@Version
	private long version;

	protected SurveyResult() {
	}

	SurveyResult(long surveyWaveId, long surveyQuestionId, PercentAgreeing percent, Integer respondents) {
		this.surveyWaveId = surveyWaveId;
		this.surveyQuestionId = surveyQuestionId;
		set(percent, respondents);
	}

	/** The history row of the first value; call once the result has its id. */
	SurveyResultHistory recorded(Instant when, String who, Long importBatchId) {
		return new SurveyResultHistory(id, "RECORDED", when, who, null, percentageAgreeing, null, respondents, importBatchId);
	}

	/** Whether the figure and respondents are already these. */
	boolean holds(PercentAgreeing percent, Integer respondents) {
		return percent().sameAs(percent) && java.util.Objects.equals(this.respondents, respondents);
	}

	/** Replaces the figure; returns the history row keeping the old value next to the new. */
	SurveyResultHistory correct(PercentAgreeing percent, Integer respondents, Instant when, String who, Long importBatchId) {
		BigDecimal oldPercentage = percentageAgreeing;
		Integer oldRespondents = this.respondents;
		set(percent, respondents);
		return new SurveyResultHistory(id, "CORRECTED", when, who, oldPercentage, percentageAgreeing, oldRespondents,
				this.respondents, importBatchId);
	}

	private void set(PercentAgreeing percent, Integer respondents) {
		if (respondents != null && respondents < 1) {
			throw new IllegalArgumentException("A figure has at least one respondent");
		}
		this.percentageAgreeing = percent.value();
		this.respondents = respondents;
	}

	PercentAgreeing percent() {
		return new PercentAgreeing(percentageAgreeing);
	}

	Integer getRespondents() {
		return respondents;
	}

	Long getId() {
		return id;
	}

	long getSurveyWaveId() {
		return surveyWaveId;
	}

	long getSurveyQuestionId() {
		return surveyQuestionId;
	}

	long getVersion() {
		return version;
	}
}

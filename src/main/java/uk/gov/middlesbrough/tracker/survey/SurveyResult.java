package uk.gov.middlesbrough.tracker.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The current figure of one question in one wave. Every value it takes also goes to its history
 * ({@link #recorded} and {@link #correct} return the history row), so a correction never loses the old value, and
 * is announced as {@link SurveyResultRecorded} (published when the result is next saved through its repository).
 */
@Entity
class SurveyResult extends AbstractAggregateRoot<SurveyResult> {

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
		registerEvent(new SurveyResultRecorded(surveyWaveId, surveyQuestionId, null, percentageAgreeing, null, respondents,
				who, when, importBatchId));
		return new SurveyResultHistory(id, "RECORDED", when, who, null, percentageAgreeing, null, respondents, importBatchId);
	}

	/** Whether the figure and respondents are already these. */
	boolean holds(PercentAgreeing percent, Integer respondents) {
		return percent().sameAs(percent) && Objects.equals(this.respondents, respondents);
	}

	/**
	 * Replaces the figure; returns the history row keeping the old value next to the new, or nothing (and no change)
	 * if it {@link #holds} these already.
	 */
	Optional<SurveyResultHistory> correct(PercentAgreeing percent, Integer respondents, Instant when, String who,
			Long importBatchId) {
		if (holds(percent, respondents)) {
			return Optional.empty();
		}
		BigDecimal oldPercentage = percentageAgreeing;
		Integer oldRespondents = this.respondents;
		set(percent, respondents);
		registerEvent(new SurveyResultRecorded(surveyWaveId, surveyQuestionId, oldPercentage, percentageAgreeing,
				oldRespondents, this.respondents, who, when, importBatchId));
		return Optional.of(new SurveyResultHistory(id, "CORRECTED", when, who, oldPercentage, percentageAgreeing,
				oldRespondents, this.respondents, importBatchId));
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

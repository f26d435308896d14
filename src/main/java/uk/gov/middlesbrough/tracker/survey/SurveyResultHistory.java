package uk.gov.middlesbrough.tracker.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A value a survey result took, with the one before it, who recorded it, when, and the import that brought
 * it (if any). Never updated: the figure known on a past date is the latest row recorded by then.
 */
@Entity
@Immutable
class SurveyResultHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long surveyResultId;

	private String kind;

	private Instant recordedAt;

	private String recordedBy;

	private BigDecimal oldPercentageAgreeing;

	private BigDecimal percentageAgreeing;

	private Integer oldRespondents;

	private Integer respondents;

	private Long importBatchId;

	protected SurveyResultHistory() {
	}

	SurveyResultHistory(long surveyResultId, String kind, Instant recordedAt, String recordedBy,
			BigDecimal oldPercentageAgreeing, BigDecimal percentageAgreeing, Integer oldRespondents, Integer respondents,
			Long importBatchId) {
		this.surveyResultId = surveyResultId;
		this.kind = kind;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.oldPercentageAgreeing = oldPercentageAgreeing;
		this.percentageAgreeing = percentageAgreeing;
		this.oldRespondents = oldRespondents;
		this.respondents = respondents;
		this.importBatchId = importBatchId;
	}
}

package uk.gov.middlesbrough.tracker.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of a locality's resident survey. Its figures are {@link SurveyResult}s. It is written once:
 * created_at places it in "as of" views.
 */
@Entity
class SurveyWave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long localityId;

	private String name;

	private LocalDate fieldworkDate;

	private Integer respondents;

	private String source;

	@Column(updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private String createdBy;

	@Version
	private long version;

	protected SurveyWave() {
	}

	SurveyWave(long localityId, WaveDetails details, Instant createdAt, String createdBy) {
		if (details.respondents() != null && details.respondents() < 1) {
			throw new IllegalArgumentException("A wave has at least one respondent");
		}
		this.localityId = localityId;
		this.name = details.name();
		this.fieldworkDate = details.fieldworkDate();
		this.respondents = details.respondents();
		this.source = details.source();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	Long getId() {
		return id;
	}

	long getLocalityId() {
		return localityId;
	}
}

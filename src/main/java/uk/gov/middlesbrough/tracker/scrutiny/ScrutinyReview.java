package uk.gov.middlesbrough.tracker.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A scrutiny panel's review of a topic: the date of its final report and of the executive's response. */
@Entity
class ScrutinyReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String panel;

	private String topic;

	private LocalDate finalReportOn;

	private LocalDate responseOn;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private String createdBy;

	@Version
	private long version;

	protected ScrutinyReview() {
	}

	ScrutinyReview(String panel, String topic, LocalDate finalReportOn, LocalDate responseOn, String createdBy) {
		if (responseOn != null && responseOn.isBefore(finalReportOn)) {
			throw new IllegalArgumentException("The executive cannot respond before the final report");
		}
		this.panel = panel;
		this.topic = topic;
		this.finalReportOn = finalReportOn;
		this.responseOn = responseOn;
		this.createdBy = createdBy;
	}

	Long getId() {
		return id;
	}
}

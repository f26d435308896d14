package uk.gov.middlesbrough.tracker.pack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting of the scrutiny panel, and the localities its pack covers. */
@Entity
class PanelMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String panel;

	private LocalDate meetingDate;

	private String topic;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "bigint[]")
	private List<Long> localityIds = new ArrayList<>();

	@Version
	private long version;

	protected PanelMeeting() {
	}

	PanelMeeting(String panel, LocalDate meetingDate, String topic, List<Long> localityIds) {
		this.panel = panel;
		this.meetingDate = meetingDate;
		this.topic = topic;
		this.localityIds = new ArrayList<>(localityIds);
	}

	MeetingView toView() {
		return new MeetingView(id, panel, meetingDate, topic, List.copyOf(localityIds), version);
	}

	Long getId() {
		return id;
	}
}

package uk.gov.middlesbrough.tracker.caseload;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A locality's number of posts of a role after one change, with who, when and the number before. Never updated. */
@Entity
@Immutable
@Table(name = "caseload_staffing_history")
class StaffingHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseloadStaffingId;

	private Instant recordedAt;

	private String recordedBy;

	private int posts;

	private Integer oldPosts;

	protected StaffingHistoryEntry() {
	}

	StaffingHistoryEntry(long caseloadStaffingId, Instant recordedAt, String recordedBy, int posts, Integer oldPosts) {
		this.caseloadStaffingId = caseloadStaffingId;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.posts = posts;
		this.oldPosts = oldPosts;
	}
}

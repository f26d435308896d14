package uk.gov.middlesbrough.tracker.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How many posts of one role a locality has (for example three social workers linked to North Ormesby).
 * Every change leaves a {@link StaffingHistoryEntry}.
 */
@Entity
public class CaseloadStaffing {

	public static final int MAX_POSTS = 999;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long localityId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private CaseloadRole role;

	private int posts;

	@Version
	private long version;

	protected CaseloadStaffing() {
	}

	CaseloadStaffing(long localityId, CaseloadRole role, int posts) {
		this.localityId = localityId;
		this.role = role;
		check(posts);
		this.posts = posts;
	}

	/** The history entry for the first number recorded. */
	StaffingHistoryEntry recorded(Instant when, String who) {
		return new StaffingHistoryEntry(id, when, who, posts, null);
	}

	/** Sets the number of posts and returns the history entry keeping the old number. */
	StaffingHistoryEntry change(int newPosts, Instant when, String who) {
		check(newPosts);
		int old = posts;
		posts = newPosts;
		return new StaffingHistoryEntry(id, when, who, newPosts, old);
	}

	private static void check(int posts) {
		if (posts < 0 || posts > MAX_POSTS) {
			throw new IllegalArgumentException("Posts must be from 0 to " + MAX_POSTS);
		}
	}

	Long getId() {
		return id;
	}

	long getLocalityId() {
		return localityId;
	}

	CaseloadRole getRole() {
		return role;
	}

	int getPosts() {
		return posts;
	}

	long getVersion() {
		return version;
	}
}

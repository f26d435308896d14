package uk.gov.middlesbrough.tracker.caseload;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Recording and correcting caseload figures and setting staffing. Every change writes its history row in the
 * same transaction, and is refused if the user may not enter figures for the locality, or if someone else
 * saved the figures since the user read them.
 */
@Component
public class CaseloadManagement {

	private final CaseloadSnapshotRepository snapshots;
	private final CaseloadHistoryRepository history;
	private final CaseloadStaffingRepository staffing;
	private final StaffingHistoryRepository staffingHistory;
	private final Clock clock;

	CaseloadManagement(CaseloadSnapshotRepository snapshots, CaseloadHistoryRepository history,
			CaseloadStaffingRepository staffing, StaffingHistoryRepository staffingHistory, Clock clock) {
		this.snapshots = snapshots;
		this.history = history;
		this.staffing = staffing;
		this.staffingHistory = staffingHistory;
		this.clock = clock;
	}

	/** Records a post's figures for a date; refused with {@link AlreadyRecorded} if that post and date have figures. */
	@Transactional
	public long record(long localityId, NewSnapshot details, SignedInUser user) {
		checkMayEnterFigures(localityId, user);
		snapshots.findByLocalityIdAndSnapshotDateAndRoleAndLabelIgnoreCase(localityId, details.snapshotDate(),
				details.role(), details.postLabel().strip())
			.ifPresent(existing -> {
				throw new AlreadyRecorded(existing.getId());
			});
		CaseloadSnapshot snapshot;
		try {
			snapshot = snapshots.saveAndFlush(new CaseloadSnapshot(localityId, details.snapshotDate(), details.role(),
					details.postLabel(), details.figures(), details.source()));
		}
		catch (DataIntegrityViolationException ex) {
			// Someone recorded the same post and date between the check and the insert.
			throw new ChangedMeanwhile();
		}
		history.save(snapshot.recorded(clock.instant(), user.getUsername(), null));
		snapshots.save(snapshot); // publishes CaseloadRecorded
		return snapshot.getId();
	}

	/**
	 * Corrects a snapshot's figures and source; the old figures stay in the history. Returns false (and saves
	 * nothing) when nothing differs.
	 */
	@Transactional
	public boolean correct(long localityId, long snapshotId, long expectedVersion, CaseloadFigures figures, String source,
			SignedInUser user) {
		CaseloadSnapshot snapshot = snapshots.findById(snapshotId)
			.filter(found -> found.getLocalityId() == localityId)
			.orElseThrow(() -> new NotFound("caseload snapshot", snapshotId));
		checkMayEnterFigures(localityId, user);
		ChangedMeanwhile.unlessStill(expectedVersion, snapshot.getVersion());
		Optional<CaseloadHistoryEntry> entry = snapshot.correct(figures, source, clock.instant(), user.getUsername(), null);
		if (entry.isEmpty()) {
			return false;
		}
		try {
			snapshots.saveAndFlush(snapshot); // publishes CaseloadRecorded
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ChangedMeanwhile();
		}
		history.save(entry.get());
		return true;
	}

	/**
	 * Sets the number of posts per role. {@code posts} holds the new numbers (a role left out, or null, is
	 * not recorded and stays so); {@code versions} the version of each role's number as the user read it
	 * (null where none was recorded). Every role is checked before anything changes. Returns how many roles changed.
	 */
	@Transactional
	public int setStaffing(long localityId, Map<CaseloadRole, Integer> posts, Map<CaseloadRole, Long> versions, SignedInUser user) {
		checkMayEnterFigures(localityId, user);
		Map<CaseloadRole, CaseloadStaffing> current = new EnumMap<>(CaseloadRole.class);
		staffing.findByLocalityId(localityId).forEach(row -> current.put(row.getRole(), row));
		for (CaseloadRole role : CaseloadRole.values()) {
			CaseloadStaffing row = current.get(role);
			Long expected = versions.get(role);
			boolean asRead = row == null ? expected == null : Objects.equals(expected, row.getVersion());
			if (!asRead) {
				throw new ChangedMeanwhile();
			}
			if (row != null && posts.get(role) == null) {
				throw new IllegalArgumentException("A recorded number of posts cannot be cleared");
			}
		}
		Instant now = clock.instant();
		int changed = 0;
		for (CaseloadRole role : CaseloadRole.values()) {
			Integer wanted = posts.get(role);
			CaseloadStaffing row = current.get(role);
			if (wanted == null || (row != null && row.getPosts() == wanted)) {
				continue;
			}
			if (row == null) {
				CaseloadStaffing added = staffing.save(new CaseloadStaffing(localityId, role, wanted));
				flushStaffing();
				staffingHistory.save(added.recorded(now, user.getUsername()));
			}
			else {
				StaffingHistoryEntry entry = row.change(wanted, now, user.getUsername());
				flushStaffing();
				staffingHistory.save(entry);
			}
			changed++;
		}
		return changed;
	}

	private void flushStaffing() {
		try {
			staffing.flush();
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new ChangedMeanwhile();
		}
	}

	static void checkMayEnterFigures(long localityId, SignedInUser user) {
		if (!CaseloadPermissions.mayEnterFiguresFor(user, localityId)) {
			throw new AccessDeniedException("Not allowed to enter figures for locality " + localityId);
		}
	}
}

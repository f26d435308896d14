package uk.gov.middlesbrough.tracker.pack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Meetings and their packs: adding a meeting, producing a draft pack as of a date (in the background, see
 * {@link PackQueue}), producing a draft again, and issuing it once it is ready, after which nothing about the pack
 * changes.
 */
@Component
public class PackProduction {

	private final PanelMeetingRepository meetings;
	private final PackRepository packs;
	private final PackQueue queue;
	private final PackWriter writer;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final PackFiles files;

	PackProduction(PanelMeetingRepository meetings, PackRepository packs, PackQueue queue, PackWriter writer,
			PlatformTransactionManager transactions, Clock clock, PackFiles files) {
		this.files = files;
		this.meetings = meetings;
		this.packs = packs;
		this.queue = queue;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Transactional
	public long addMeeting(String panel, LocalDate date, String topic, List<Long> localityIds, SignedInUser user) {
		requireEditor(user);
		return meetings.saveAndFlush(new PanelMeeting(panel, date, topic, localityIds)).getId();
	}

	/** Queues a draft pack as of a date, produced in the background; its meeting page shows progress. */
	public long produceDraft(long meetingId, LocalDate asOf, SignedInUser user) {
		return produceDraft(meetingId, asOf, false, user);
	}

	/** The same, with the chapter "Changes since the last pack" when {@code withChanges}. */
	public long produceDraft(long meetingId, LocalDate asOf, boolean withChanges, SignedInUser user) {
		long packId = createDraft(meetingId, asOf, withChanges, user);
		queue.submit(packId);
		return packId;
	}

	/** A draft produced in the calling thread, ready when this returns (the demo data's pack). */
	long produceDraftNow(long meetingId, LocalDate asOf, SignedInUser user) {
		long packId = createDraft(meetingId, asOf, false, user);
		writer.produce(packId);
		return packId;
	}

	/** Queues a draft to be produced again as of the same date; refused while it is being produced or once issued. */
	public void produceAgain(long packId, SignedInUser user) {
		requireEditor(user);
		transaction.executeWithoutResult(status -> {
			Pack pack = packs.findById(packId).orElseThrow(() -> new NotFound("pack", packId));
			pack.regenerated(clock.instant(), user.getUsername());
			packs.saveAndFlush(pack);
		});
		queue.submit(packId);
	}

	private long createDraft(long meetingId, LocalDate asOf, boolean withChanges, SignedInUser user) {
		requireEditor(user);
		return transaction.execute(status -> {
			meetings.findById(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
			return packs.saveAndFlush(new Pack(meetingId, asOf, withChanges, clock.instant(), user.getUsername())).getId();
		});
	}

	/**
	 * Issues a ready draft: its figures are laid out again as of the moment the draft read them, stamped "Issued <date>
	 * by <name>" instead of "DRAFT" (a few seconds, before anything is written), then the issued files replace the
	 * draft's and the pack is issued, in one transaction; after that the database refuses any change to it.
	 */
	public void issue(long packId, long expectedVersion, SignedInUser user) {
		requireEditor(user);
		Pack draft = packs.findById(packId).orElseThrow(() -> new NotFound("pack", packId));
		if (draft.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Pack.class, packId);
		}
		draft.checkIssuable();
		Instant at = clock.instant();
		String draftSha256 = files.find(packId, PackFileKind.PDF).orElseThrow(() -> new PackNotReady(packId)).sha256();
		PackWriter.IssuedFiles issued = writer.issuedFiles(draft, at, user.displayName(), draftSha256);
		transaction.executeWithoutResult(status -> {
			Pack pack = packs.findById(packId).orElseThrow(() -> new NotFound("pack", packId));
			if (pack.getVersion() != expectedVersion) {
				throw new ObjectOptimisticLockingFailureException(Pack.class, packId);
			}
			files.removeDraftFiles(packId);
			files.store(packId, PackFileKind.PDF, issued.pdfName(), issued.pdf());
			files.store(packId, PackFileKind.ZIP, issued.zipName(), issued.zip());
			files.store(packId, PackFileKind.HTML, issued.htmlName(), issued.html());
			pack.issue(at, user.getUsername());
			packs.saveAndFlush(pack); // publishes PackIssued
		});
	}

	private static void requireEditor(SignedInUser user) {
		if (!PackPermissions.mayProduce(user)) {
			throw new AccessDeniedException("Only the scrutiny officer and the head of service produce packs");
		}
	}
}

package uk.gov.middlesbrough.tracker.pack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Meetings and their packs: adding a meeting, producing a draft pack as of a date, producing a draft again,
 * and issuing it, after which nothing about the pack changes.
 */
@Component
public class PackProduction {

	private final PanelMeetingRepository meetings;
	private final PackRepository packs;
	private final PackFiles files;
	private final PackAssembler assembler;
	private final PackDocument document;
	private final Clock clock;

	PackProduction(PanelMeetingRepository meetings, PackRepository packs, PackFiles files, PackAssembler assembler,
			PackDocument document, Clock clock) {
		this.meetings = meetings;
		this.packs = packs;
		this.files = files;
		this.assembler = assembler;
		this.document = document;
		this.clock = clock;
	}

	@Transactional
	public long addMeeting(String panel, LocalDate date, String topic, List<Long> localityIds, SignedInUser user) {
		requireEditor(user);
		return meetings.saveAndFlush(new PanelMeeting(panel, date, topic, localityIds)).getId();
	}

	@Transactional
	public long produceDraft(long meetingId, LocalDate asOf, SignedInUser user) {
		requireEditor(user);
		PanelMeeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
		Pack pack = packs.saveAndFlush(new Pack(meetingId, asOf, clock.instant(), user.getUsername()));
		writeFiles(pack, meeting.toView());
		return pack.getId();
	}

	@Transactional
	public void produceAgain(long packId, SignedInUser user) {
		requireEditor(user);
		Pack pack = packs.findById(packId).orElseThrow(() -> new NotFound("pack", packId));
		pack.regenerated(clock.instant(), user.getUsername());
		files.removeDraftFiles(packId);
		PanelMeeting meeting = meetings.findById(pack.getPanelMeetingId()).orElseThrow();
		writeFiles(pack, meeting.toView());
	}

	@Transactional
	public void issue(long packId, long expectedVersion, SignedInUser user) {
		requireEditor(user);
		Pack pack = packs.findById(packId).orElseThrow(() -> new NotFound("pack", packId));
		if (pack.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Pack.class, packId);
		}
		pack.issue(clock.instant(), user.getUsername());
		packs.saveAndFlush(pack); // publishes PackIssued
	}

	private void writeFiles(Pack pack, MeetingView meeting) {
		PackContent content = assembler.assemble(meeting, pack.getAsOf());
		String baseName = "panel-pack-" + meeting.meetingDate() + "-as-of-" + pack.getAsOf();
		byte[] pdf = document.pdf(content);
		files.store(pack.getId(), PackFileKind.PDF, baseName + ".pdf", pdf);
		files.store(pack.getId(), PackFileKind.ZIP, baseName + ".zip", document.zip(content, pdf, baseName));
	}

	private static void requireEditor(SignedInUser user) {
		if (!PackPermissions.mayProduce(user)) {
			throw new AccessDeniedException("Only the scrutiny officer and the head of service produce packs");
		}
	}
}

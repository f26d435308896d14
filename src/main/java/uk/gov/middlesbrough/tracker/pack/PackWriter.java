package uk.gov.middlesbrough.tracker.pack;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * Produces a queued pack's files: reads the figures part by part, lays out the PDF, writes the tables and the ZIP,
 * then swaps the files in and marks the pack ready in one transaction. The steps finished and the stage being worked
 * on are recorded as it goes (each in a transaction of its own) so the meeting page can show progress. A pack another
 * thread has already taken is left alone.
 */
@Component
class PackWriter {

	private static final Logger log = LoggerFactory.getLogger(PackWriter.class);

	private final JdbcTemplate jdbc;
	private final PanelMeetingRepository meetings;
	private final PackRepository packs;
	private final PackAssembler assembler;
	private final PackDocument document;
	private final PackFiles files;
	private final TransactionTemplate transaction;
	private final TransactionTemplate ownTransaction;
	private final MessageSource messages;
	private final Clock clock;

	PackWriter(JdbcTemplate jdbc, PanelMeetingRepository meetings, PackRepository packs, PackAssembler assembler,
			PackDocument document, PackFiles files, PlatformTransactionManager transactions, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.packs = packs;
		this.assembler = assembler;
		this.document = document;
		this.files = files;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Produces the pack if it is queued and no other thread has taken it; a failure is recorded on the pack. */
	void produce(long packId) {
		int steps = assembler.parts() + 2;
		boolean taken = ownTransaction.execute(status -> jdbc.update("""
				update pack set production = 'PRODUCING', production_stage = 'READING', production_step = 0,
				                production_steps = ?, production_failure = null
				where id = ? and production = 'QUEUED'""", steps, packId)) == 1;
		if (!taken) {
			return;
		}
		try {
			Pack pack = packs.findById(packId).orElseThrow();
			MeetingView meeting = meetings.findById(pack.getPanelMeetingId()).orElseThrow().toView();
			AsOf asOf = AsOf.endOf(pack.getAsOf(), clock);
			PackContent content = assembler.assemble(meeting, asOf, pack.isWithChanges(), part -> step(packId, "READING", part),
					new PackStamp(true, text("pack.stamp.draft")));
			step(packId, "PDF", steps - 2);
			String xhtml = document.xhtml(content);
			byte[] pdf = document.pdf(xhtml);
			step(packId, "ZIP", steps - 1);
			String baseName = baseName(meeting, pack) + "-DRAFT";
			byte[] zip = document.zip(content, pdf, baseName);
			transaction.executeWithoutResult(status -> {
				files.removeDraftFiles(packId);
				files.store(packId, PackFileKind.PDF, baseName + ".pdf", pdf);
				files.store(packId, PackFileKind.ZIP, baseName + ".zip", zip);
				files.store(packId, PackFileKind.HTML, baseName + ".html", xhtml.getBytes(StandardCharsets.UTF_8));
				jdbc.update("""
						update pack set production = 'READY', production_stage = null, produced_cutoff = ?, version = version + 1
						where id = ?""", Timestamp.from(asOf.cutoff()), packId);
			});
		}
		catch (RuntimeException ex) {
			log.error("Pack {} could not be produced", packId, ex);
			String reason = String.valueOf(ex.getMessage());
			ownTransaction.executeWithoutResult(status -> jdbc.update("""
					update pack set production = 'FAILED', production_stage = null, production_failure = ?,
					                version = version + 1
					where id = ?""", reason.substring(0, Math.min(reason.length(), 500)), packId));
		}
	}

	/**
	 * The issued pack's files: the draft's figures laid out again as of the same moment, stamped "Issued <date> by
	 * <name>" with its reference instead of "DRAFT", under names without "DRAFT".
	 */
	IssuedFiles issuedFiles(Pack pack, Instant at, String byName, String draftSha256) {
		MeetingView meeting = meetings.findById(pack.getPanelMeetingId()).orElseThrow().toView();
		Timestamp cutoff = jdbc.queryForObject("select produced_cutoff from pack where id = ?", Timestamp.class, pack.getId());
		AsOf asOf = cutoff == null ? AsOf.endOf(pack.getAsOf(), clock) : new AsOf(cutoff.toInstant(), pack.getAsOf(), true);
		String reference = pack.getId() + "-" + draftSha256.substring(0, 12);
		PackStamp stamp = new PackStamp(false, text("pack.stamp.issued",
				UkText.day(LocalDate.ofInstant(at, AsOf.UK)), byName, reference));
		PackContent content = assembler.assemble(meeting, asOf, pack.isWithChanges(), part -> { }, stamp);
		String xhtml = document.xhtml(content);
		byte[] pdf = document.pdf(xhtml);
		String baseName = baseName(meeting, pack);
		return new IssuedFiles(baseName + ".pdf", pdf, baseName + ".zip", document.zip(content, pdf, baseName),
				baseName + ".html", xhtml.getBytes(StandardCharsets.UTF_8));
	}

	/** An issued pack's PDF, ZIP and numbered XHTML, with their names. */
	record IssuedFiles(String pdfName, byte[] pdf, String zipName, byte[] zip, String htmlName, byte[] html) {
	}

	private static String baseName(MeetingView meeting, Pack pack) {
		return "panel-pack-" + meeting.meetingDate() + "-as-of-" + pack.getAsOf();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	private void step(long packId, String stage, int step) {
		ownTransaction.executeWithoutResult(
				status -> jdbc.update("update pack set production_stage = ?, production_step = ? where id = ?", stage, step, packId));
	}
}

package uk.gov.middlesbrough.tracker.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an uploaded file between preview and confirmation (in PostgreSQL, so any app node can confirm
 * it), and afterwards as the record of who imported what and when.
 */
@Component
public class ImportBatches {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	ImportBatches(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public long stage(String kind, String fileName, CsvFile file, String uploadedBy) {
		return jdbc.queryForObject("""
				insert into import_batch (kind, file_name, content, sha256, row_count, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, kind, fileName, file.content(),
				sha256(file.content()), file.rows().size(), uploadedBy, Timestamp.from(clock.instant()));
	}

	/** A staged file of this kind uploaded by this user (nobody confirms someone else's upload). */
	@Transactional(readOnly = true)
	public Optional<StagedImport> find(long id, String kind, String uploadedBy) {
		return find(id, kind, uploadedBy, "");
	}

	/**
	 * The staged file as {@link #find}, its row locked until the confirming transaction ends: a second confirm of the
	 * same file waits for the first, then finds it confirmed (and is told so) instead of saving its rows again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<StagedImport> findForConfirm(long id, String kind, String uploadedBy) {
		return find(id, kind, uploadedBy, " for update");
	}

	private Optional<StagedImport> find(long id, String kind, String uploadedBy, String lock) {
		return jdbc.query("select * from import_batch where id = ? and kind = ? and uploaded_by = ?" + lock,
				(rs, i) -> new StagedImport(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
						rs.getString("content"), rs.getString("sha256"), rs.getInt("row_count"), rs.getString("uploaded_by"),
						rs.getTimestamp("uploaded_at").toInstant(), "CONFIRMED".equals(rs.getString("status"))),
				id, kind, uploadedBy).stream().findFirst();
	}

	/** Marks the batch confirmed with what it changed; must run in the transaction that saved the rows. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void confirmed(long id, ImportCounts counts) {
		int updated = jdbc.update("""
				update import_batch set status = 'CONFIRMED', confirmed_at = ?, new_count = ?, corrected_count = ?,
				       unchanged_count = ?
				where id = ? and status = 'PREVIEWED'""", Timestamp.from(clock.instant()), counts.added(), counts.corrected(),
				counts.unchanged(), id);
		if (updated != 1) {
			throw new ImportRefused("import.refused.alreadyConfirmed");
		}
	}

	/** The latest confirmed imports of a kind, newest first. */
	@Transactional(readOnly = true)
	public List<ImportRecord> recent(String kind, int limit) {
		return jdbc.query("""
				select id, file_name, sha256, row_count, uploaded_by, confirmed_at, new_count, corrected_count, unchanged_count
				from import_batch where kind = ? and status = 'CONFIRMED' order by confirmed_at desc limit ?""",
				(rs, i) -> new ImportRecord(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
						rs.getInt("row_count"), rs.getString("uploaded_by"), rs.getTimestamp("confirmed_at").toInstant(),
						new ImportCounts(rs.getInt("new_count"), rs.getInt("corrected_count"), rs.getInt("unchanged_count"))),
				kind, limit);
	}

	static String sha256(String content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}
}

package uk.gov.middlesbrough.tracker.pack;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A pack's files, kept as bytes in PostgreSQL with their SHA-256 checksums. */
@Component
public class PackFiles {

	private final JdbcTemplate jdbc;

	PackFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void store(long packId, PackFileKind kind, String fileName, byte[] content) {
		jdbc.update("insert into pack_file (pack_id, kind, file_name, content, sha256) values (?, ?, ?, ?, ?)", packId,
				kind.name(), fileName, content, sha256(content));
	}

	/** Removes a draft's files before it is generated again (the database refuses this for an issued pack). */
	void removeDraftFiles(long packId) {
		jdbc.update("delete from pack_file where pack_id = ?", packId);
	}

	public Optional<StoredFile> find(long packId, PackFileKind kind) {
		return jdbc.query("select file_name, content, sha256 from pack_file where pack_id = ? and kind = ?",
				(rs, i) -> new StoredFile(rs.getString("file_name"), rs.getBytes("content"), rs.getString("sha256")), packId,
				kind.name()).stream().findFirst();
	}

	/** Name, size and checksum of every downloadable file of these packs, without their bytes (one statement). */
	List<FileSummary> summaries(List<Long> packIds) {
		if (packIds.isEmpty()) {
			return List.of();
		}
		String in = String.join(",", packIds.stream().map(id -> "?").toList());
		return jdbc.query("select pack_id, kind, file_name, length(content) as size, sha256 from pack_file where kind <> 'HTML' and pack_id in (" + in
				+ ") order by pack_id, kind", (rs, i) -> new FileSummary(rs.getLong("pack_id"), PackFileKind.valueOf(rs.getString("kind")),
						rs.getString("file_name"), rs.getLong("size"), rs.getString("sha256")), packIds.toArray());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	public record StoredFile(String fileName, byte[] content, String sha256) {
	}

	/** A file of a pack as its page lists it. */
	public record FileSummary(long packId, PackFileKind kind, String fileName, long size, String sha256) {

		public String sizeInKb() {
			return String.valueOf(Math.max(1, Math.round(size / 1024.0)));
		}
	}

}

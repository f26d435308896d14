package uk.gov.middlesbrough.tracker.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pack as the meeting page lists it, with its files' names, sizes and checksums. */
public record PackView(long id, long meetingId, LocalDate asOf, PackStatus status, Instant generatedAt, String generatedBy,
		Instant issuedAt, String issuedBy, long version, List<PackFiles.FileSummary> files) {

	public boolean issued() {
		return status == PackStatus.ISSUED;
	}
}

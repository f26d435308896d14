package uk.gov.middlesbrough.tracker.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pack as the meeting page lists it: where its production is (the stage and step being worked on, of how many), and
 * once ready its files' names, sizes and checksums.
 */
public record PackView(long id, long meetingId, LocalDate asOf, PackStatus status, Instant generatedAt, String generatedBy,
		Instant issuedAt, String issuedBy, long version, PackProductionState production, String stage, int step, int steps,
		List<PackFiles.FileSummary> files) {

	public boolean issued() {
		return status == PackStatus.ISSUED;
	}

	public boolean ready() {
		return production == PackProductionState.READY;
	}

	PackView withFiles(List<PackFiles.FileSummary> files) {
		return new PackView(id, meetingId, asOf, status, generatedAt, generatedBy, issuedAt, issuedBy, version, production, stage,
				step, steps, files);
	}
}

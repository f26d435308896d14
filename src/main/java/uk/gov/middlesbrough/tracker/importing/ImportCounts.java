package uk.gov.middlesbrough.tracker.importing;

/** What an import did: rows added, rows that corrected an earlier figure, rows that changed nothing. */
public record ImportCounts(int added, int corrected, int unchanged) {

	public int changed() {
		return added + corrected;
	}
}

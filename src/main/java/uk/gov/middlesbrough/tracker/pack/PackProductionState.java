package uk.gov.middlesbrough.tracker.pack;

/**
 * Where a pack's files are: queued for the background, being produced, ready to download (and to issue), or failed.
 * Only a ready pack has files to download or can be issued.
 */
public enum PackProductionState {
	QUEUED,
	PRODUCING,
	READY,
	FAILED;

	public boolean inProgress() {
		return this == QUEUED || this == PRODUCING;
	}

	public String messageKey() {
		return "pack.production." + name();
	}
}

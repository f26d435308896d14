package uk.gov.middlesbrough.tracker.audit;

import java.util.List;

/** One page of audit entries and where it sits in the whole filtered list. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {

	public long lastPage() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < lastPage();
	}

	public long firstShown() {
		return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
	}

	public long lastShown() {
		return Math.min(total, (long) page * pageSize);
	}
}

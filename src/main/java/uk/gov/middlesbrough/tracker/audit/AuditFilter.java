package uk.gov.middlesbrough.tracker.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filters, bound from the query string; every one is optional. */
public class AuditFilter {

	private String actor;
	private AuditKind kind;
	private String recordType;
	private String recordId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private int page = 1;

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public AuditKind getKind() {
		return kind;
	}

	public void setKind(AuditKind kind) {
		this.kind = kind;
	}

	public String getRecordType() {
		return recordType;
	}

	public void setRecordType(String recordType) {
		this.recordType = recordType;
	}

	public String getRecordId() {
		return recordId;
	}

	public void setRecordId(String recordId) {
		this.recordId = recordId;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(1, page);
	}
}

package uk.gov.middlesbrough.tracker.audit;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** The audit page's filters, bound from the query string; every one is optional. */
public class AuditFilter {

	private String actor;
	private AuditKind kind;
	private String recordType;
	private String recordId;
	private DateInput from = new DateInput();
	private DateInput to = new DateInput();
	private int page = 1;
	private boolean datesRefused;

	/** GOV.UK messages for a date that is not real or not whole, and for a "to" date before the "from" date. */
	void validate(Errors errors, String fromInWords, String toInWords) {
		DateInput.validate(errors, "from", from, fromInWords, false);
		DateInput.validate(errors, "to", to, toInWords, false);
		LocalDate start = fromDate();
		LocalDate end = toDate();
		datesRefused = errors.hasFieldErrors("from") || errors.hasFieldErrors("to");
		if (!datesRefused && start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("to", "audit.filter.toBeforeFrom");
			datesRefused = true;
		}
	}

	/** The first day shown, if the dates given were good. */
	LocalDate fromDate() {
		return datesRefused || from == null ? null : from.toDate().orElse(null);
	}

	/** The last day shown, if the dates given were good. */
	LocalDate toDate() {
		return datesRefused || to == null ? null : to.toDate().orElse(null);
	}

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

	public DateInput getFrom() {
		return from;
	}

	public void setFrom(DateInput from) {
		this.from = from;
	}

	public DateInput getTo() {
		return to;
	}

	public void setTo(DateInput to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(1, page);
	}
}

package uk.gov.middlesbrough.tracker.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.security.UserAccount;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.web.Option;

/**
 * The audit trail in words, a page at a time or all of it for an export: the changes, the people who made them and
 * the records they changed, in a fixed number of statements (the count, the page, the people, then one per kind of
 * record mentioned).
 */
@Component
@Transactional(readOnly = true)
class AuditTrail {

	static final int PAGE_SIZE = 25;
	/** An export holds at most this many changes, the newest. */
	static final int EXPORT_LIMIT = 20_000;

	private final AuditQueries queries;
	private final RecordNames recordNames;
	private final UserAccounts accounts;
	private final MessageSource messages;

	AuditTrail(AuditQueries queries, RecordNames recordNames, UserAccounts accounts, MessageSource messages) {
		this.queries = queries;
		this.recordNames = recordNames;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** One page of the filtered trail, and the people and kinds of record to filter by. */
	Page page(AuditFilter filter) {
		long total = queries.count(filter);
		long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = (int) Math.min(filter.getPage(), pages);
		List<AuditChange> changes = queries.changes(filter, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
		Map<String, String> people = people();
		return new Page(wording(changes, people).lines(changes), total, page, peopleOptions(people), kindOptions());
	}

	/** The filtered trail as a table: a row per field changed (one for a change without fields, such as a sign-in). */
	ExportTable export(AuditFilter filter) {
		List<AuditChange> changes = queries.changes(filter, 0, EXPORT_LIMIT);
		ExportTable table = new ExportTable(text("audit.title"), List.of(text("audit.col.when"), text("audit.col.who"),
				text("audit.col.what"), text("audit.col.record"), text("audit.col.link"), text("audit.col.field"),
				text("audit.col.old"), text("audit.col.new")));
		for (AuditLine line : wording(changes, people()).lines(changes)) {
			if (line.fields().isEmpty()) {
				table.row(line.when(), line.who(), line.what(), line.record(), line.href(), null, null, null);
			}
			for (AuditLine.FieldLine field : line.fields()) {
				table.row(line.when(), line.who(), line.what(), line.record(), line.href(), field.name(), field.oldValue(),
						field.newValue());
			}
		}
		return table;
	}

	private AuditWording wording(List<AuditChange> changes, Map<String, String> people) {
		return new AuditWording(messages, recordNames, recordNames.namesFor(changes), people);
	}

	private Map<String, String> people() {
		Map<String, String> people = new LinkedHashMap<>();
		accounts.all().stream()
				.sorted(Comparator.comparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER))
				.forEach(account -> people.put(account.getUsername(), account.getDisplayName()));
		return people;
	}

	private List<Option> peopleOptions(Map<String, String> people) {
		List<Option> options = new ArrayList<>();
		people.forEach((username, name) -> options.add(new Option(username, text("audit.who.person", name, username))));
		options.add(new Option(Actor.SYSTEM, text("audit.who.system")));
		return options;
	}

	private List<Option> kindOptions() {
		return recordNames.kinds().stream()
				.map(kind -> new Option(kind.recordType(), text(kind.kindKey())))
				.sorted(Comparator.comparing(Option::text))
				.toList();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	/** A page of the trail in words. */
	record Page(List<AuditLine> lines, long total, int page, List<Option> people, List<Option> kinds) {
	}
}

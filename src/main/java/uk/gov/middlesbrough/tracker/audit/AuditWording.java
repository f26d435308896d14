package uk.gov.middlesbrough.tracker.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Puts recorded changes into words a head of service reads: the record by its name now (or its last known name,
 * deleted), each field by its name in words and each value formatted ({@link AuditValueText}).
 */
final class AuditWording {

	private final MessageSource messages;
	private final RecordNames kinds;
	private final AuditValueText values;
	private final Map<String, String> people;

	/** {@code people}: display names by username. */
	AuditWording(MessageSource messages, RecordNames kinds, RecordNames.Known names, Map<String, String> people) {
		this.messages = messages;
		this.kinds = kinds;
		this.values = new AuditValueText(messages, kinds, names);
		this.people = people;
	}

	List<AuditLine> lines(List<AuditChange> changes) {
		List<AuditLine> lines = new ArrayList<>(changes.size());
		for (AuditChange change : changes) {
			lines.add(line(change));
		}
		return lines;
	}

	AuditLine line(AuditChange change) {
		String when = values.moment(change.occurredAt().toInstant());
		if (change.recordType() == null) {
			return new AuditLine(when, who(change.actor()), signIn(change), null, null, List.of());
		}
		AuditedRecords kind = kinds.kind(change.recordType());
		List<AuditLine.FieldLine> fields = new ArrayList<>();
		for (AuditChange.FieldChange field : change.fields()) {
			AuditedField how = kind == null ? AuditedField.AS_STORED : kind.field(field.field());
			fields.add(fieldLine(change, field, how));
		}
		RecordName name = values.name(change.recordType(), change.recordId());
		return new AuditLine(when, who(change.actor()), text(change.kind().messageKey()), record(change, kind, name),
				name == null ? null : name.href(), fields);
	}

	private AuditLine.FieldLine fieldLine(AuditChange change, AuditChange.FieldChange field, AuditedField how) {
		String name = messages.getMessage("audit.field." + change.recordType() + "." + field.field(), null,
				AuditValueText.inWords(field.field()), Locale.UK);
		if (AuditValues.isSecret(field.field())) {
			return new AuditLine.FieldLine(name, null, text("audit.value.secret"));
		}
		String before = values.text(field.oldValue(), how);
		String after = values.text(field.newValue(), how);
		if (change.kind() == AuditKind.UPDATE) {
			String blank = text("audit.value.blank");
			return new AuditLine.FieldLine(name, before == null ? blank : before, after == null ? blank : after);
		}
		return new AuditLine.FieldLine(name, before, after);
	}

	private String record(AuditChange change, AuditedRecords kind, RecordName name) {
		if (name != null) {
			return values.named(name);
		}
		String kindText = kind == null ? AuditValueText.inWords(change.recordType()) : text(kind.kindKey());
		String label = change.recordLabel();
		boolean labelled = label != null && !label.isBlank();
		if (kind == null) {
			// No feature names this kind, so whether the record still exists is not known.
			return labelled ? text("audit.record.lastKnown", kindText, label) : text("audit.record.unnamed", kindText, change.recordId());
		}
		// A contributed kind names every record that still exists, so one it cannot name has been deleted.
		return labelled ? text("audit.record.deleted", kindText, label) : text("audit.record.deletedUnnamed", kindText);
	}

	private String signIn(AuditChange change) {
		if (change.kind() != AuditKind.SIGN_IN_FAILED || change.detail() == null) {
			return text(change.kind().messageKey());
		}
		String why = messages.getMessage("audit.signInFailed." + change.detail(), null, null, Locale.UK);
		return why == null ? text(change.kind().messageKey()) : text("audit.signInFailed", why);
	}

	private String who(String actor) {
		if (actor == null || Actor.SYSTEM.equals(actor)) {
			return text("audit.who.system");
		}
		String name = people.get(actor);
		return name == null ? actor : text("audit.who.person", name, actor);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}

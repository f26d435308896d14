package uk.gov.middlesbrough.tracker.audit;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The kinds of record the features contribute, and the names of the records a list of changes mentions (each
 * changed record, and each record a changed field refers to): one statement a kind of record, however many changes.
 */
@Component
class RecordNames {

	private final Map<String, AuditedRecords> kinds;

	RecordNames(List<AuditedRecords> contributions) {
		this.kinds = contributions.stream()
				.sorted(Comparator.comparing(AuditedRecords::recordType))
				.collect(Collectors.toMap(AuditedRecords::recordType, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Every contributed kind, by stored type. */
	Collection<AuditedRecords> kinds() {
		return kinds.values();
	}

	AuditedRecords kind(String recordType) {
		return recordType == null ? null : kinds.get(recordType);
	}

	Known namesFor(List<AuditChange> changes) {
		Map<String, Set<Long>> wanted = new HashMap<>();
		for (AuditChange change : changes) {
			AuditedRecords kind = kind(change.recordType());
			if (kind == null) {
				continue;
			}
			if (change.recordId() != null) {
				wanted.computeIfAbsent(change.recordType(), type -> new TreeSet<>()).add(change.recordId());
			}
			for (AuditChange.FieldChange field : change.fields()) {
				AuditedField how = kind.field(field.field());
				if (how.format() == AuditedField.Format.REFERENCE && kinds.containsKey(how.argument())) {
					Set<Long> ids = wanted.computeIfAbsent(how.argument(), type -> new TreeSet<>());
					addId(ids, field.oldValue());
					addId(ids, field.newValue());
				}
			}
		}
		Map<String, Map<Long, RecordName>> names = new HashMap<>();
		wanted.forEach((type, ids) -> names.put(type, kinds.get(type).names(ids)));
		return new Known(names);
	}

	private static void addId(Set<Long> ids, String value) {
		if (value != null && value.matches("\\d{1,18}")) {
			ids.add(Long.valueOf(value));
		}
	}

	/** The names found, by stored type and id. */
	record Known(Map<String, Map<Long, RecordName>> names) {

		static final Known NONE = new Known(Map.of());

		RecordName name(String recordType, Long id) {
			return id == null ? null : names.getOrDefault(recordType, Map.of()).get(id);
		}
	}
}

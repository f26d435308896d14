package uk.gov.middlesbrough.tracker.audit;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.UserDirectory;

/**
 * User accounts in the audit trail. The security module cannot contribute them itself (the audit module reads it for
 * roles and names, so that would be a cycle), so this module names them through security's directory. No link: only
 * administrators may open an account.
 */
@Component
class UserAccountRecords implements AuditedRecords {

	private final UserDirectory directory;

	UserAccountRecords(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String recordType() {
		return "UserAccount";
	}

	@Override
	public String kindKey() {
		return "audit.record.UserAccount";
	}

	@Override
	public AuditedField field(String field) {
		switch (field) {
			case "role":
				return AuditedField.choice("role.%s");
			case "localityId":
				return AuditedField.reference("Locality");
			case "secondFactor":
				return AuditedField.choice("audit.secondFactor.%s");
			default:
				return AuditedField.AS_STORED;
		}
	}

	@Override
	public Map<Long, RecordName> names(Collection<Long> ids) {
		return directory.byId(ids).values().stream().collect(Collectors.toMap(UserDirectory.PersonSummary::id,
				person -> RecordName.of(null, "audit.name.UserAccount", person.displayName(), person.username())));
	}
}

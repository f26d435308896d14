package uk.gov.middlesbrough.tracker.audit;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.audit.RecordWritten.FieldChange;
import uk.gov.middlesbrough.tracker.security.SecondFactorChanged;

/**
 * Second-factor changes on the audit trail, as a change of the account's field "secondFactor" (its secret and codes
 * are kept outside JPA, so the entity listener does not see them; nor would their values belong in the trail).
 * Written on the caller's connection, so it commits or rolls back with the change.
 */
@Component
class SecondFactorAuditor {

	private final RecordWrittenAuditor auditor;

	SecondFactorAuditor(RecordWrittenAuditor auditor) {
		this.auditor = auditor;
	}

	@EventListener
	public void changed(SecondFactorChanged event) {
		auditor.written(RecordWritten.updated("UserAccount", event.userId(),
				List.of(new FieldChange("secondFactor", null, event.change().name()))));
	}
}

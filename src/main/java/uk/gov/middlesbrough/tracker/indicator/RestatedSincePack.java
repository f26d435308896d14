package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.pack.ChangeWindow;
import uk.gov.middlesbrough.tracker.pack.PackChange;
import uk.gov.middlesbrough.tracker.pack.PackChangeGroup;
import uk.gov.middlesbrough.tracker.pack.PackChangeSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * "Restated since the last pack": the signed-off figures the head of service approved a restatement of since the
 * pack, with the old and new value, the reason and who approved it (the revisions they wrote are left out of
 * "figures recorded or corrected", so that each change is listed once).
 */
@Component
@Transactional(readOnly = true)
class RestatedSincePack implements PackChangeSource {

	private final RestatementRegister register;
	private final UkText uk;

	RestatedSincePack(RestatementRegister register, MessageSource messages) {
		this.register = register;
		this.uk = new UkText(messages);
	}

	@Override
	public List<PackChangeGroup> changes(ChangeWindow window) {
		List<PackChange> changes = register.approvedBetween(window.ids(), window.since().cutoff(), window.until().cutoff())
			.stream()
			.map(restated -> new PackChange(restated.localityName(),
					uk.text("changes.figure.restated", restated.indicatorName(), restated.periodLabel(), restated.reason(),
							restated.decidedBy()),
					restated.oldValue() == null ? uk.text("value.notRecorded") : restated.oldValue(), restated.newValue(),
					restated.requestedBy(), restated.decidedAt(), "/restatements/" + restated.id()))
			.toList();
		return List.of(new PackChangeGroup(31, "restated", "changes.restated", changes));
	}
}

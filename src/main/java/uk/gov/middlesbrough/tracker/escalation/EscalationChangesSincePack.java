package uk.gov.middlesbrough.tracker.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.ChangeWindow;
import uk.gov.middlesbrough.tracker.pack.PackChange;
import uk.gov.middlesbrough.tracker.pack.PackChangeGroup;
import uk.gov.middlesbrough.tracker.pack.PackChangeSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * Escalations opened or cleared since a pack: the DIG list derived as of the pack's moment and as of the later one,
 * compared item by item. An item follows from figures and dates, so no one person opened or cleared it.
 */
@Component
@Transactional(readOnly = true)
class EscalationChangesSincePack implements PackChangeSource {

	private final EscalationQueries queries;
	private final UkText uk;

	EscalationChangesSincePack(EscalationQueries queries, MessageSource messages) {
		this.queries = queries;
		this.uk = new UkText(messages);
	}

	@Override
	public List<PackChangeGroup> changes(ChangeWindow window) {
		List<PackChange> changes = new ArrayList<>();
		if (!window.localities().isEmpty()) {
			Map<String, OpenEscalation> then = byKey(new LocalityReading(window.localities(), window.since()));
			Map<String, OpenEscalation> now = byKey(new LocalityReading(window.localities(), window.until()));
			now.forEach((key, item) -> {
				if (!then.containsKey(key)) {
					changes.add(change(item, uk.text("changes.escalation.notListed"), uk.text("changes.escalation.opened",
							item.escalation().reason())));
				}
			});
			then.forEach((key, item) -> {
				if (!now.containsKey(key)) {
					changes.add(change(item, uk.text("changes.escalation.listed", item.escalation().reason()),
							uk.text("changes.escalation.cleared")));
				}
			});
		}
		return List.of(new PackChangeGroup(40, "escalations", "changes.escalations", changes));
	}

	/** Each open item by its locality and key (a key names an item within its locality). */
	private Map<String, OpenEscalation> byKey(LocalityReading reading) {
		Map<String, OpenEscalation> byKey = new LinkedHashMap<>();
		queries.openByLocality(reading).values().forEach(items -> items.forEach(item -> byKey.put(item.escalation().localityId() + "/" + item.escalation().key(), item)));
		return byKey;
	}

	private static PackChange change(OpenEscalation item, String before, String after) {
		Escalation escalation = item.escalation();
		return new PackChange(escalation.localityName(), escalation.subject(), before, after, null, null,
				"/localities/" + escalation.localityId() + "/escalations#" + escalation.anchor());
	}
}

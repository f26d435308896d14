package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.web.UkText;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;
import uk.gov.middlesbrough.tracker.work.WorkRequest;
import uk.gov.middlesbrough.tracker.work.WorkSource;

/**
 * What the scrutiny tracker puts in the scrutiny officer's "your work": responses overdue and report-backs due, as
 * the tracker flags them. Recommendations belong to no locality, so they are counted under none (0). One statement.
 */
@Component
class ScrutinyWork implements WorkSource {

	private final ScrutinyQueries queries;
	private final UkText uk;

	ScrutinyWork(ScrutinyQueries queries, MessageSource messages) {
		this.queries = queries;
		this.uk = new UkText(messages);
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		if (!request.user().hasRole(Role.SCRUTINY_OFFICER)) {
			return List.of();
		}
		List<WorkItem> overdue = new ArrayList<>();
		List<WorkItem> reportBacks = new ArrayList<>();
		for (TrackerRow row : queries.flagged(request.now())) {
			String subject = row.reference() + ": " + row.shortText();
			String link = "/scrutiny/recommendations/" + row.id();
			for (Flag flag : row.flags()) {
				if (flag.kind() == ScrutinyFlag.RESPONSE_OVERDUE) {
					overdue.add(new WorkItem(subject, uk.text("work.scrutiny.overdue", UkText.day(flag.date())), link, 0, null));
				}
				else if (flag.kind() == ScrutinyFlag.REPORT_BACK_DUE) {
					reportBacks.add(new WorkItem(subject, uk.text("work.scrutiny.reportBack", UkText.day(flag.date())), link, 0, null));
				}
				else {
					reportBacks.add(new WorkItem(subject, uk.text("work.scrutiny.reportBackOverdue", UkText.day(flag.date())), link, 0,
							null));
				}
			}
		}
		return List.of(group("responses-overdue", 60, "work.responsesOverdue", overdue, request.itemsShown()),
				group("report-backs-due", 70, "work.reportBacks", reportBacks, request.itemsShown()));
	}

	private static WorkGroup group(String id, int order, String headingKey, List<WorkItem> items, int shown) {
		return new WorkGroup(id, order, headingKey, Map.of(0L, items.size()), items.subList(0, Math.min(shown, items.size())),
				"/scrutiny");
	}
}

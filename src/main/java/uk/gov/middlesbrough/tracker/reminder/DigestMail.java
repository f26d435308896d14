package uk.gov.middlesbrough.tracker.reminder;

import java.util.List;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.web.UkText;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;

/** The words of one digest: a subject with the number of items, and each group's new items with their links. */
record DigestMail(String subject, String text) {

	/** One group's items that are new to this user, under the group's heading (worded with the group's full count). */
	record Section(WorkGroup group, List<WorkItem> items) {
	}

	static DigestMail of(String displayName, List<Section> sections, String baseUrl, MessageSource messages) {
		UkText uk = new UkText(messages);
		int items = sections.stream().mapToInt(section -> section.items().size()).sum();
		StringBuilder text = new StringBuilder(uk.text("reminders.mail.greeting", displayName)).append("\n\n")
				.append(uk.text("reminders.mail.intro", items)).append("\n");
		for (Section section : sections) {
			text.append('\n').append(uk.text(section.group().headingKey(), section.group().count())).append('\n');
			for (WorkItem item : section.items()) {
				text.append("- ");
				if (item.localityName() != null && !item.localityName().isEmpty()) {
					text.append(item.localityName()).append(": ");
				}
				text.append(item.subject()).append('\n').append("  ").append(item.why()).append('\n')
						.append("  ").append(baseUrl).append(item.link()).append('\n');
			}
		}
		text.append('\n').append(uk.text("reminders.mail.footer", baseUrl + "/account/reminders")).append('\n');
		return new DigestMail(uk.text("reminders.mail.subject", items), text.toString());
	}
}

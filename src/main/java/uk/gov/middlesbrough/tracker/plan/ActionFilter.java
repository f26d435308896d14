package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a locality's active actions a list shows: those of one RAG status, those Red or Amber, or those with no
 * update this calendar month (started, not complete). Named in the query string as {@code show=red-amber}.
 */
public enum ActionFilter {
	ALL("all"),
	RED_AMBER("red-amber"),
	NO_UPDATE("no-update"),
	RED("red"),
	AMBER("amber"),
	GREEN("green"),
	NOT_STARTED("not-started"),
	COMPLETE("complete");

	private final String param;

	ActionFilter(String param) {
		this.param = param;
	}

	public String param() {
		return param;
	}

	public String messageKey() {
		return "actionList.show." + name();
	}

	/** The filter a query string names, if any. */
	public static Optional<ActionFilter> named(String value) {
		return Arrays.stream(values()).filter(filter -> filter.param.equals(value)).findFirst();
	}

	/** The filter that lists the actions of one RAG status (for links from RAG counts). */
	public static ActionFilter of(RagStatus status) {
		return valueOf(status.name());
	}

	/** Whether an action as it stands on {@code day} is listed. */
	public boolean shows(ActionRow action, LocalDate day) {
		if (action.cancelled()) {
			return false;
		}
		return switch (this) {
			case ALL -> true;
			case RED_AMBER -> Set.of(RagStatus.RED, RagStatus.AMBER).contains(action.rag());
			case NO_UPDATE -> action.noUpdateInMonthOf(day);
			default -> action.rag() == RagStatus.valueOf(name());
		};
	}
}

package uk.gov.middlesbrough.tracker.plan.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan's "Update progress" form: one row for each active action, in the plan page's order. A row whose new
 * percentage and commentary are both left blank changes nothing.
 */
public class ProgressSheetForm {

	private List<Row> rows = new ArrayList<>();

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One action's row: which action and the version it was read at (hidden), and what the user typed. */
	public static class Row {

		private long actionId;

		private long version;

		/** Typed text, so that "40%" or "forty" can be answered with a message naming the action. */
		private String completion;

		private String commentary;

		public long getActionId() {
			return actionId;
		}

		public void setActionId(long actionId) {
			this.actionId = actionId;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getCompletion() {
			return completion;
		}

		public void setCompletion(String completion) {
			this.completion = completion;
		}

		public String getCommentary() {
			return commentary;
		}

		public void setCommentary(String commentary) {
			this.commentary = commentary;
		}

		boolean blank() {
			return (completion == null || completion.isBlank()) && (commentary == null || commentary.isBlank());
		}
	}
}

package uk.gov.middlesbrough.tracker.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.ProgressChange;

/**
 * Reads a plan's "Update progress" form: the changes in its filled rows, or an error beside each row that is wrong
 * (named by its action, so the error summary makes sense on its own). Blank rows are left out; a row with a
 * percentage needs commentary, and one that lowers the percentage is asked to say why.
 */
final class ProgressSheetCheck {

	static final int COMMENTARY_MAX = 2000;

	private ProgressSheetCheck() {
	}

	/**
	 * The changes the form asks for, in its order; errors are recorded against {@code rows[i].completion} or
	 * {@code rows[i].commentary}, and against the form when no row is filled.
	 *
	 * @param actions the plan's active actions now, by id (the form's rows are among them)
	 */
	static List<ProgressChange> changes(ProgressSheetForm form, Map<Long, ActionRow> actions, Errors errors) {
		List<ProgressChange> changes = new ArrayList<>();
		List<ProgressSheetForm.Row> rows = form.getRows();
		for (int i = 0; i < rows.size(); i++) {
			ProgressSheetForm.Row row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			ActionRow action = actions.get(row.getActionId());
			String field = "rows[" + i + "].";
			Integer completion = percentage(row.getCompletion());
			if (row.getCompletion() == null || row.getCompletion().isBlank()) {
				errors.rejectValue(field + "completion", "progressSheet.completion.missing", new Object[] { action.specific() }, null);
			}
			else if (completion == null) {
				errors.rejectValue(field + "completion", "progressSheet.completion.invalid", new Object[] { action.specific() }, null);
			}
			String commentary = row.getCommentary() == null ? "" : row.getCommentary().strip();
			if (commentary.isEmpty()) {
				boolean lower = completion != null && completion < action.completion();
				errors.rejectValue(field + "commentary", lower ? "progressSheet.commentary.lower" : "progressSheet.commentary.missing",
						new Object[] { action.specific(), action.completion(), completion }, null);
			}
			else if (commentary.length() > COMMENTARY_MAX) {
				errors.rejectValue(field + "commentary", "progressSheet.commentary.tooLong", new Object[] { action.specific() }, null);
			}
			if (completion != null && !commentary.isEmpty() && commentary.length() <= COMMENTARY_MAX) {
				changes.add(new ProgressChange(row.getActionId(), row.getVersion(), completion, commentary));
			}
		}
		if (!errors.hasErrors() && changes.isEmpty()) {
			errors.reject("progressSheet.nothing");
		}
		return changes;
	}

	/** A whole number from 0 to 100 (a trailing % allowed), or null. */
	static Integer percentage(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.strip();
		if (digits.endsWith("%")) {
			digits = digits.substring(0, digits.length() - 1).strip();
		}
		if (!digits.matches("\\d{1,3}")) {
			return null;
		}
		int value = Integer.parseInt(digits);
		return value <= 100 ? value : null;
	}
}

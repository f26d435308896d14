package uk.gov.middlesbrough.tracker.exporting;

/**
 * Spreadsheet programs run a cell that starts with =, +, -, @, a tab or a carriage return as a formula.
 * Any text cell (user text can be anything) that starts so is prefixed with an apostrophe, which shows
 * the text as written. Numbers are never text, so a negative number stays a number.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return dangerous ? "'" + text : text;
	}
}

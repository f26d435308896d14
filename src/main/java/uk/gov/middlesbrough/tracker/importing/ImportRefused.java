package uk.gov.middlesbrough.tracker.importing;

/**
 * The file as a whole cannot be imported (empty, too large, not a CSV, bad header). {@code messageKey} and
 * {@code args} say why, in words for the page.
 */
public class ImportRefused extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	public ImportRefused(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

	public ImportProblem problem() {
		return new ImportProblem(messageKey, args);
	}
}

package uk.gov.middlesbrough.tracker.api.v1;

/** A parameter the API cannot answer (a page size over the largest, a negative page): 400 with its message. */
class BadParameter extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	BadParameter(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}
}

package uk.gov.middlesbrough.tracker.plan;

/** An action's RAG status: always derived from dates and completion, never typed in. */
public enum RagStatus {
	NOT_STARTED,
	GREEN,
	AMBER,
	RED,
	COMPLETE
}

package uk.gov.middlesbrough.tracker.indicator;

/** A measurement's first value, or a correction of it. */
enum RevisionKind {
	RECORDED,
	CORRECTED
}

package uk.gov.middlesbrough.tracker.caseload;

/** What a caseload history entry records: the first figures for a post and date, or a correction of them. */
enum CaseloadHistoryKind {
	RECORDED,
	CORRECTED
}

package uk.gov.middlesbrough.tracker.plan;

/** One of a locality's plans as the plans workbook needs it: its sheet is named after its title. */
record WorkbookPlan(long id, long localityId, String localityName, String title, int position) {
}

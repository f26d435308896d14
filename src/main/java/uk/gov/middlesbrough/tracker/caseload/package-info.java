/**
 * Caseloads: snapshots of the children, families and children open under six months on each practitioner
 * post (a role and a post label, never a person's name) per locality and date, corrections kept as history,
 * thresholds per role with over-threshold posts flagged in words, staffing per role, and the CSV import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caseloads", allowedDependencies = {"audit", "dashboard", "disclosure", "pack", "escalation", "work", "locality", "security", "web", "exporting", "importing", "chart"})
package uk.gov.middlesbrough.tracker.caseload;

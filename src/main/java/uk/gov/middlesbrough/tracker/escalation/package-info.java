/**
 * Escalations to the Design and Implementation Group (DIG): one list, per locality and across all, of what needs
 * the group's attention, derived as of a moment from the plans, indicators and caseloads (never stored; today's list across every locality
 * is kept in memory until a transaction changes a table it derives from), and the "raised at DIG" marks people add
 * to it, kept as history. Reads the feature modules' query APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalations to DIG", allowedDependencies = {"search", "work", "dashboard", "pack", "locality", "security", "web", "exporting"})
package uk.gov.middlesbrough.tracker.escalation;

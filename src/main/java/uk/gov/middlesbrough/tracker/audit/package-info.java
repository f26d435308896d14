/**
 * The audit trail: every create, change and delete of any JPA entity (one row per field, old and new value)
 * and every sign-in, failed sign-in and sign-out, written in the same transaction as the change.
 * Nothing calls this module: it listens to Hibernate and to Spring Security's authentication events. The trail is
 * read in words: each feature names its kinds of record, fields and values by contributing {@link
 * uk.gov.middlesbrough.tracker.audit.AuditedRecords} beans (usually built with {@link
 * uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords}), so this module knows no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"security", "web", "exporting"})
package uk.gov.middlesbrough.tracker.audit;

/**
 * The audit trail: every create, change and delete of any JPA entity (one row per field, old and new value)
 * and every sign-in, failed sign-in and sign-out, written in the same transaction as the change.
 * Nothing calls this module: it listens to Hibernate and to Spring Security's authentication events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"security", "web"})
package uk.gov.middlesbrough.tracker.audit;

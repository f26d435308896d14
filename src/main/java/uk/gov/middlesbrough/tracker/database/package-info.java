/**
 * Where the data lives: in the demo run an embedded PostgreSQL 17 started by the application itself
 * (data kept under {@code data/}), otherwise the server named by {@code SPRING_DATASOURCE_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = {})
package uk.gov.middlesbrough.tracker.database;

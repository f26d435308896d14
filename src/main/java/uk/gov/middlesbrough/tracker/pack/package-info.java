/**
 * Panel meetings and the packs produced for them: a PDF of the dashboards, the comparison and the other
 * panel material as of a date, with the tables as CSV and XLSX in a ZIP. Once issued, a pack's files are
 * kept unchanged (PostgreSQL refuses any change) with their SHA-256 checksums, so what a panel saw can be
 * shown again exactly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Panel packs", allowedDependencies = {"audit", "work", "dashboard", "locality", "security", "web", "exporting"})
package uk.gov.middlesbrough.tracker.pack;

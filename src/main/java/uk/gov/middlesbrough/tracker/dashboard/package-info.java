/**
 * What people read: the home page for each role, a locality's dashboard, the side-by-side comparison, each
 * "as of" any past date and rebuilt from history. Read-only: it asks the feature modules' query APIs for
 * several localities at once, so a page costs the same statements for 2 localities or 20.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards", allowedDependencies = {"locality", "security", "web", "exporting"})
package uk.gov.middlesbrough.tracker.dashboard;

/**
 * PMF indicators: the indicator library, measurements per locality and period with every correction kept
 * (so any past state can be read "as of" a moment), direction of travel and target status, trend charts,
 * and the measurements CSV import. Publishes {@link uk.gov.middlesbrough.tracker.indicator.IndicatorQueries}
 * for other modules (plans link actions to indicators; dashboards and escalations read figures).
 */
@org.springframework.modulith.ApplicationModule(displayName = "PMF indicators", allowedDependencies = {"audit", "search", "dashboard", "disclosure", "pack", "escalation", "work", "locality", "security", "web", "exporting", "importing", "chart"})
package uk.gov.middlesbrough.tracker.indicator;

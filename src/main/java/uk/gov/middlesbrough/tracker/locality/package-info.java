/**
 * Wards running the locality working model: status, base, staffing, funding and partners. Publishes
 * {@link uk.gov.middlesbrough.tracker.locality.LocalityAdded} when a locality is added, and answers
 * other modules through {@link uk.gov.middlesbrough.tracker.locality.LocalityQueries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Localities", allowedDependencies = {"audit", "search", "security", "web"})
package uk.gov.middlesbrough.tracker.locality;

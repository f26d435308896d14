/**
 * Roll-out planning and evaluation (issue 15): every ward of the council with its figures (a locality linked to its
 * ward), a weighted need index over the wards with each indicator standardised across them, saved as named, dated
 * scenarios with their inputs frozen, its sensitivity to the weights, and difference-in-differences for a locality
 * against comparator wards. Reads locality names by SQL join only; small numbers are suppressed through
 * {@code disclosure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roll-out planning", allowedDependencies = {"disclosure",
		"security", "web", "locality", "exporting", "chart", "importing"})
package uk.gov.middlesbrough.tracker.rollout;

/**
 * Roll-out planning and evaluation (issue 15): a weighted need index over wards, with each indicator standardised
 * across them, its sensitivity to the weights, and difference-in-differences for a locality against comparator wards.
 * So far the rules only, as small classes with hand-worked unit tests; the pages come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roll-out planning", allowedDependencies = {})
package uk.gov.middlesbrough.tracker.rollout;

/**
 * The activity log: one line in the application log for each committed change the features announce (progress
 * recorded, an action cancelled or reinstated, a review recorded, a figure recorded or corrected, a recommendation
 * updated, a pack issued, a locality added), in the domain's words. It listens after commit through Spring
 * Modulith's event publication registry, so it never tells of a change that was rolled back and a line is not lost
 * if writing it fails. It reads the features' published events only; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity log", allowedDependencies = {"plan", "indicator",
		"survey", "caseload", "scrutiny", "pack", "locality"})
package uk.gov.middlesbrough.tracker.activity;

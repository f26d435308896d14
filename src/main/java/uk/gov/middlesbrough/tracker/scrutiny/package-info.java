/**
 * The scrutiny recommendations tracker: a scrutiny panel's review, its recommendations (a, b, c, ... and sub-parts
 * such as g(i)), the executive's response to each (comment, proposed action, responsible post, budget, timescale,
 * status) and dated progress updates kept as history. Flags responses whose target date has passed and report-backs
 * to the panel that fall due soon ({@link uk.gov.middlesbrough.tracker.scrutiny.FlagRule}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scrutiny recommendations", allowedDependencies = {"audit", "search", "pack", "work", "locality", "security", "web", "exporting"})
package uk.gov.middlesbrough.tracker.scrutiny;

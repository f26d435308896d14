/**
 * The statistics behind honest survey figures: the Wilson score interval for one percentage and the
 * two-proportion z-test between two waves. Both need a sample size; without one the survey pages say
 * "sample size not recorded" and compute nothing.
 */
package uk.gov.middlesbrough.tracker.survey.statistics;

/**
 * Resident surveys: the shared list of questions, each locality's survey waves, each wave's figure per
 * question (percentage agreeing, with the number of respondents where known) and every correction of it,
 * the survey page with 95 % Wilson intervals and significance between waves where the sample size is known
 * ("sample size not recorded" otherwise), trend charts, and the survey results CSV import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resident surveys", allowedDependencies = {"audit", "dashboard", "pack", "locality", "security", "web", "exporting", "importing", "chart"})
package uk.gov.middlesbrough.tracker.survey;

/**
 * "Your work" on the home page: what each user has due or overdue, gathered from the features that know it (plans,
 * figures, caseloads, scrutiny, packs) through {@link uk.gov.middlesbrough.tracker.work.WorkSource}. Each item links
 * to the form or list that settles it. The module knows no feature; features know it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Your work", allowedDependencies = {"dashboard", "locality", "security", "web"})
package uk.gov.middlesbrough.tracker.work;

/**
 * Small numbers kept safe (issue 15): counts below a threshold are not shown, nor anything computed from them, so no
 * child or family can be identified. Exports, comparisons, packs and the evaluation are to use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure control", allowedDependencies = {})
package uk.gov.middlesbrough.tracker.disclosure;

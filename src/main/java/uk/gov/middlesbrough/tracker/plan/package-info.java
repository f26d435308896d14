/**
 * Action plans: the plan template, nine plans per locality, SMART actions, progress history, monthly
 * reviews, the completion roll-up and RAG status. Creates a new locality's nine plans on
 * {@link uk.gov.middlesbrough.tracker.locality.LocalityAdded}, in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans", allowedDependencies = {"audit", "search", "dashboard", "pack", "escalation", "scrutiny", "indicator", "work", "locality", "security", "web", "exporting", "importing"})
package uk.gov.middlesbrough.tracker.plan;

/**
 * Finding things: one search box in the header, answered by every feature's {@link
 * uk.gov.middlesbrough.tracker.search.SearchSource} with PostgreSQL full-text search over what it holds (localities,
 * plans, actions and their progress commentary, indicators, scrutiny recommendations, DIG notes). Results are grouped
 * by kind, each a link to its page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"security", "web"})
package uk.gov.middlesbrough.tracker.search;

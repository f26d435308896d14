package uk.gov.middlesbrough.tracker.security;

/** One link in the service navigation; {@code current} marks the section the page belongs to. */
public record NavigationItem(String messageKey, String href, boolean current) {
}

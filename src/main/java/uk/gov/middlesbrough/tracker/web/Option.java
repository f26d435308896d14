package uk.gov.middlesbrough.tracker.web;

/** One choice in a select or a set of radios: the submitted value and the text shown. */
public record Option(String value, String text) {
}

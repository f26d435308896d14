package uk.gov.middlesbrough.tracker.pack;

/**
 * What every page of a pack says about it at its head: "DRAFT" until it is issued, then who issued it when, with its
 * reference (the pack's number and the start of the draft's SHA-256 checksum, which the meeting page shows in full).
 */
public record PackStamp(boolean draft, String text) {
}

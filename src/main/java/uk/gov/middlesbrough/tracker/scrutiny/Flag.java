package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;

/** A flag on a recommendation and the date it is about (the target date passed, or the report-back date). */
public record Flag(ScrutinyFlag kind, LocalDate date) {
}

package uk.gov.middlesbrough.tracker.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** A "raised at DIG" mark as pages read it: the day it was raised, the note, and who recorded it when. */
public record RaisedMark(LocalDate raisedOn, String note, String recordedBy, Instant recordedAt) {
}

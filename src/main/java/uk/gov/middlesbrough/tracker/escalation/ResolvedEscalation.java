package uk.gov.middlesbrough.tracker.escalation;

/**
 * An item that was raised at DIG and is no longer listed, because its cause has cleared: as it read when it was
 * last marked, with that mark. Listed so that nothing raised silently disappears.
 */
public record ResolvedEscalation(Escalation asMarked, RaisedMark latestMark) {
}

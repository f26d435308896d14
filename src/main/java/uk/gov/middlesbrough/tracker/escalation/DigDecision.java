package uk.gov.middlesbrough.tracker.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision the Design and Implementation Group recorded about an item: its words, when, who is to act, when it is
 * reviewed (null: no review set), and the follow-up action created from it (null if none; its page's path).
 */
public record DigDecision(LocalDate decidedOn, String decision, String actionBy, LocalDate reviewOn, Long followUpActionId,
		String followUpPath, String recordedBy, Instant recordedAt) {
}

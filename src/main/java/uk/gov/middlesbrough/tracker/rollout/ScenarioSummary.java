package uk.gov.middlesbrough.tracker.rollout;

import java.time.Instant;
import java.time.LocalDate;

/** A saved need index in the list: name, method, how many indicators, who saved it and when. */
public record ScenarioSummary(long id, String name, Standardisation method, int indicators, LocalDate figuresAsOf,
		String createdBy, Instant createdAt) {
}

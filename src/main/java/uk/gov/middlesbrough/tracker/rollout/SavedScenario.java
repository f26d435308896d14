package uk.gov.middlesbrough.tracker.rollout;

import java.time.Instant;
import java.time.LocalDate;

/** A need index as it was saved: its name, why it was built, who saved it and when, and its frozen inputs. */
public record SavedScenario(long id, String name, String purpose, LocalDate figuresAsOf, String createdBy,
		Instant createdAt, ScenarioInputs inputs) {
}

package uk.gov.middlesbrough.tracker.rollout.evaluation;

import java.time.LocalDate;

/** A locality as the evaluation sees it: when it started and the ward it runs in (null when none is linked). */
public record EvaluatedLocality(long id, String name, LocalDate startDate, Long wardId, String wardName) {

	public boolean linked() {
		return wardId != null;
	}
}

package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;

/**
 * Whether a plan's monthly review is up to date. A plan not reviewed in the last calendar month (nor in
 * the current one) is overdue; a plan created since the start of last month has not yet fallen due.
 */
public enum ReviewStatus {
	REVIEWED,
	NOT_YET_DUE,
	OVERDUE;

	public static ReviewStatus of(LocalDate lastReviewed, LocalDate planCreated, LocalDate on) {
		LocalDate startOfLastMonth = on.withDayOfMonth(1).minusMonths(1);
		if (lastReviewed != null && !lastReviewed.isBefore(startOfLastMonth)) {
			return REVIEWED;
		}
		if (lastReviewed == null && !planCreated.isBefore(startOfLastMonth)) {
			return NOT_YET_DUE;
		}
		return OVERDUE;
	}

	public String messageKey() {
		return "review.status." + name();
	}
}

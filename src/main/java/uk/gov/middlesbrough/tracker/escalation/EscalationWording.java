package uk.gov.middlesbrough.tracker.escalation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.caseload.PostFigures;
import uk.gov.middlesbrough.tracker.indicator.FigurePoint;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.LocalitySeries;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;

/**
 * The sentence saying why each item is on the DIG list, with the figures that put it there ("Worsening: 14 in
 * December 2021 to 20 in January 2022; lower is better"). Always in UK English, since a pack is produced without
 * a request to take a locale from.
 */
final class EscalationWording {

	private static final Locale UK = Locale.UK;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", UK);

	private final MessageSource messages;

	EscalationWording(MessageSource messages) {
		this.messages = messages;
	}

	/** Red because the due date has passed unfinished, or because it is more than the red gap behind. */
	String redAction(ActionRow action, String planTitle, LocalDate on) {
		if (on.isAfter(action.dueDate())) {
			return text("escalation.why.RED_ACTION.pastDue", String.valueOf(action.completion()), day(action.dueDate()), planTitle);
		}
		return text("escalation.why.RED_ACTION.behind", String.valueOf(action.completion()),
				String.valueOf(Math.round(action.expected())), day(on), day(action.dueDate()), planTitle);
	}

	String worsening(IndicatorView indicator, LocalitySeries series) {
		FigurePoint previous = series.previous();
		FigurePoint latest = series.latest();
		return text("escalation.why.WORSENING", previous.formatted(), previous.periodLabel(), latest.formatted(),
				latest.periodLabel(), polarity(indicator));
	}

	String offTarget(IndicatorView indicator, LocalitySeries series) {
		FigurePoint latest = series.latest();
		return text("escalation.why.OFF_TARGET", latest.formatted(), latest.periodLabel(), indicator.format(indicator.target()),
				indicator.format(series.targetCheck().shortfall()), indicator.format(indicator.tolerance()), polarity(indicator));
	}

	String overdueReview(PlanSummary plan) {
		if (plan.lastReviewed() == null) {
			return text("escalation.why.OVERDUE_REVIEW.never");
		}
		return text("escalation.why.OVERDUE_REVIEW", day(plan.lastReviewed()));
	}

	String overThreshold(PostFigures post) {
		return text("escalation.why.OVER_THRESHOLD", String.valueOf(post.flag().children()), day(post.snapshotDate()),
				String.valueOf(post.flag().threshold()));
	}

	/** A post as people read it: its role in words and its label ("Early help senior practitioner: Senior Practitioner 1"). */
	String post(PostFigures post) {
		return text("escalation.post", text(post.role().messageKey()), post.label());
	}

	private String polarity(IndicatorView indicator) {
		return text("escalation.polarity." + indicator.polarity().name());
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, UK);
	}
}

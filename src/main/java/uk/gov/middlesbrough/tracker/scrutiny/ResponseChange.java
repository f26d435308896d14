package uk.gov.middlesbrough.tracker.scrutiny;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One part of a response that a change altered, for the timeline: the field's label key and its value before and
 * after in words (null: not recorded), or as message keys of the words when {@code messageKeys} (the decision). The
 * comment, proposed action and the decision's reasons are long, so only that they changed is shown
 * ({@link #changedOnly()}); the panel can read the response itself on the same page.
 */
public record ResponseChange(String fieldKey, String before, String after, boolean changedOnly, boolean messageKeys) {

	public ResponseChange(String fieldKey, String before, String after, boolean changedOnly) {
		this(fieldKey, before, after, changedOnly, false);
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static List<ResponseChange> between(ExecutiveResponse before, ExecutiveResponse after) {
		List<ResponseChange> changes = new ArrayList<>();
		longText(changes, "scrutiny.field.comment", before.comment(), after.comment());
		longText(changes, "scrutiny.field.proposedAction", before.proposedAction(), after.proposedAction());
		shortValue(changes, "scrutiny.field.responsiblePost", before, after, ExecutiveResponse::responsiblePost);
		shortValue(changes, "scrutiny.field.budgetText", before, after, ExecutiveResponse::budgetText);
		shortValue(changes, "scrutiny.field.budgetAmount", before, after, response -> pounds(response.budgetAmount()));
		shortValue(changes, "scrutiny.field.timescaleText", before, after, ExecutiveResponse::timescaleText);
		shortValue(changes, "scrutiny.field.targetDate", before, after, response -> date(response.targetDate()));
		shortValue(changes, "scrutiny.field.reportBackOn", before, after, response -> date(response.reportBackOn()));
		String oldDecision = before.decision() == null ? null : before.decision().messageKey();
		String newDecision = after.decision() == null ? null : after.decision().messageKey();
		if (!Objects.equals(oldDecision, newDecision)) {
			changes.add(new ResponseChange("scrutiny.field.decision", oldDecision, newDecision, false, true));
		}
		longText(changes, "scrutiny.field.decisionReasons", before.decisionReasons(), after.decisionReasons());
		return List.copyOf(changes);
	}

	private static void longText(List<ResponseChange> changes, String key, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new ResponseChange(key, null, null, true));
		}
	}

	private static void shortValue(List<ResponseChange> changes, String key, ExecutiveResponse before, ExecutiveResponse after,
			Function<ExecutiveResponse, String> value) {
		String old = value.apply(before);
		String now = value.apply(after);
		if (!Objects.equals(old, now)) {
			changes.add(new ResponseChange(key, old, now, false));
		}
	}

	private static String date(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	private static String pounds(BigDecimal amount) {
		return amount == null ? null : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
	}
}

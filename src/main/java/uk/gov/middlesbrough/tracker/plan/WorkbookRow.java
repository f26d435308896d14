package uk.gov.middlesbrough.tracker.plan;

import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.COMMENTARY;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.DUE_DATE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.MEASURABLE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.OWNER_POST;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.PARTNER;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.PERCENT_COMPLETE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.RELEVANT_OBJECTIVE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.RESOURCES;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.SPECIFIC;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.START_DATE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.TARGET;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.WEIGHT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;

/**
 * What one good row of a plans workbook would do: add an action, change an action (its SMART fields, a progress update,
 * or both) or nothing.
 *
 * @param current the action as recorded (null for a new one); its version is the one the change is saved at
 * @param details the SMART fields to save (a new action's; an existing action's only when they change, else null)
 * @param reason why the SMART fields change (required when the due date moves), or null
 * @param completion the progress update's % complete (null: no progress update)
 * @param commentary the progress update's commentary
 */
record WorkbookRow(Source source, ChangeKind change, WorkbookAction current, SmartDetails details, String reason,
		Integer completion, String commentary) {

	/** Where the row is: its number and sheet, and the plan it is in. */
	record Source(int number, String sheet, WorkbookPlan plan) {
	}

	/** A field that changes, named by its heading in the workbook, with its value before and after. */
	record Difference(String heading, String before, String after) {
	}

	static WorkbookRow added(Source source, SmartDetails details, Integer completion, String commentary) {
		return new WorkbookRow(source, ChangeKind.NEW, null, details, null, completion, commentary);
	}

	static WorkbookRow unchanged(Source source, WorkbookAction current) {
		return new WorkbookRow(source, ChangeKind.UNCHANGED, current, null, null, null, null);
	}

	static WorkbookRow corrected(Source source, WorkbookAction current, SmartDetails details, String reason, Integer completion,
			String commentary) {
		return new WorkbookRow(source, ChangeKind.CORRECTED, current, details, reason, completion, commentary);
	}

	WorkbookPlan plan() {
		return source.plan();
	}

	/** The action's text as it will read. */
	String specific() {
		return details != null ? details.specific() : current.details().specific();
	}

	/**
	 * What the row changes, field by field, in the workbook's headings: for a new action its owner, dates and any
	 * progress; for an existing one each field that differs.
	 */
	List<Difference> differences() {
		List<Difference> differences = new ArrayList<>();
		if (current == null) {
			differences.add(new Difference(heading(OWNER_POST), null, details.ownerPost()));
			differences.add(new Difference(heading(START_DATE), null, details.startDate().toString()));
			differences.add(new Difference(heading(DUE_DATE), null, details.dueDate().toString()));
		}
		else if (details != null) {
			SmartDetails before = current.details();
			compare(differences, SPECIFIC, before, SmartDetails::specific);
			compare(differences, MEASURABLE, before, SmartDetails::measure);
			compare(differences, TARGET, before, SmartDetails::targetValue);
			compare(differences, OWNER_POST, before, SmartDetails::ownerPost);
			compare(differences, PARTNER, before, SmartDetails::partner);
			compare(differences, RESOURCES, before, SmartDetails::resources);
			compare(differences, RELEVANT_OBJECTIVE, before, SmartDetails::relevantObjective);
			compare(differences, START_DATE, before, d -> d.startDate().toString());
			compare(differences, DUE_DATE, before, d -> d.dueDate().toString());
			compare(differences, WEIGHT, before, d -> d.weight().stripTrailingZeros().toPlainString());
		}
		if (completion != null) {
			differences.add(new Difference(heading(PERCENT_COMPLETE), current == null ? null : String.valueOf(current.completion()),
					String.valueOf(completion)));
			differences.add(new Difference(heading(COMMENTARY), current == null ? null : current.commentary(), commentary));
		}
		return differences;
	}

	private void compare(List<Difference> differences, String column, SmartDetails before, Function<SmartDetails, String> field) {
		String was = field.apply(before);
		String now = field.apply(details);
		if (!Objects.equals(was == null ? null : was.strip(), now)) {
			differences.add(new Difference(heading(column), was, now));
		}
	}

	static String heading(String column) {
		return PlanWorkbookColumns.EXPORTED.stream().filter(heading -> heading.column().equals(column)).findFirst()
			.map(PlanWorkbookColumns.Heading::text).orElse(column);
	}
}

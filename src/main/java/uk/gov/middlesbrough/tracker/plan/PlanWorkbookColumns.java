package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;

/**
 * The plans workbook's columns: the headings the export writes (the file's format, like a CSV import's column names,
 * so they are not in the message bundles: a heading reads as its column name, {@code "% complete"} as
 * {@code percent_complete}), which the import requires, and the import's spec.
 */
final class PlanWorkbookColumns {

	static final String KIND = "PLAN_WORKBOOK";

	static final String ACTION_REF = "action_ref";
	static final String PLAN = "plan";
	static final String LOCALITY = "locality";
	static final String SPECIFIC = "specific";
	static final String MEASURABLE = "measurable";
	static final String TARGET = "target";
	static final String OWNER_POST = "owner_post";
	static final String PARTNER = "partner";
	static final String RESOURCES = "resources";
	static final String RELEVANT_OBJECTIVE = "relevant_objective";
	static final String START_DATE = "start_date";
	static final String DUE_DATE = "due_date";
	static final String WEIGHT = "weight";
	static final String PERCENT_COMPLETE = "percent_complete";
	static final String COMMENTARY = "commentary";
	static final String CHANGE_REASON = "reason_for_change";
	static final String STATUS = "status";
	static final String VERSION = "version";
	static final String ILLUSTRATIVE = "illustrative";

	/** A column of the export: its heading in the workbook and the column name the import reads it as. */
	record Heading(String text, String column) {
	}

	/** The export's columns, in order (an "Illustrative" column follows on a sheet with demo actions). */
	static final List<Heading> EXPORTED = List.of(new Heading("Action ref", ACTION_REF), new Heading("Specific", SPECIFIC),
			new Heading("Measurable", MEASURABLE), new Heading("Target", TARGET), new Heading("Owner post", OWNER_POST),
			new Heading("Partner", PARTNER), new Heading("Resources", RESOURCES),
			new Heading("Relevant objective", RELEVANT_OBJECTIVE), new Heading("Start date", START_DATE),
			new Heading("Due date", DUE_DATE), new Heading("Weight", WEIGHT), new Heading("% complete", PERCENT_COMPLETE),
			new Heading("Commentary", COMMENTARY), new Heading("Reason for change", CHANGE_REASON),
			new Heading("Status", STATUS), new Heading("Version", VERSION));

	static final String ILLUSTRATIVE_HEADING = "Illustrative";

	static final List<String> REQUIRED = List.of(ACTION_REF, SPECIFIC, MEASURABLE, TARGET, OWNER_POST, RELEVANT_OBJECTIVE,
			START_DATE, DUE_DATE, PERCENT_COMPLETE);
	static final List<String> OPTIONAL = List.of(PLAN, LOCALITY, PARTNER, RESOURCES, WEIGHT, COMMENTARY, CHANGE_REASON, STATUS,
			VERSION, ILLUSTRATIVE);

	/** The preview table's headings (message keys), in the order of each preview row's cells. */
	static final List<String> PREVIEW_COLUMN_KEYS = List.of("plan.workbook.column.plan", "plan.workbook.column.ref",
			"plan.workbook.column.action", "plan.workbook.column.changes");

	static final List<String> RULE_KEYS = List.of("plan.workbook.rule.layout", "plan.workbook.rule.columns",
			"plan.workbook.rule.ref", "plan.workbook.rule.plan", "plan.workbook.rule.locality", "plan.workbook.rule.fields",
			"plan.workbook.rule.progress", "plan.workbook.rule.dueDate", "plan.workbook.rule.version",
			"plan.workbook.rule.notChanged", "plan.workbook.rule.allOrNothing");

	static final ImportSpec SPEC = new ImportSpec(KIND, "/plans/import", REQUIRED, OPTIONAL, RULE_KEYS, PREVIEW_COLUMN_KEYS,
			"plan.workbook.changedMeanwhile", "plans-template.csv", List.of(ImportSpec.csvLine("",
					"Deliver the six-week Mini Police programme in both primary schools",
					"Number of pupils completing the programme", "60 pupils", "Police Sergeant",
					"Reduce anti-social behaviour", "2026-09-01", "2027-03-31", 0, "Making People Feel Safe", "North Ormesby",
					"Cleveland Police", null, 1, null, null, null, null, null)));

	private PlanWorkbookColumns() {
	}
}

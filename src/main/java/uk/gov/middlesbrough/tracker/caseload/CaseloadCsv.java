package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;

/** The caseload import file: its columns, its column rules (message keys), its preview's columns and its template. */
final class CaseloadCsv {

	static final String KIND = "CASELOADS";

	static final String LOCALITY = "locality";
	static final String SNAPSHOT_DATE = "snapshot_date";
	static final String ROLE = "role";
	static final String POST_LABEL = "post_label";
	static final String CHILDREN = "children";
	static final String FAMILIES = "families";
	static final String CHILDREN_UNDER_SIX_MONTHS = "children_under_six_months";
	static final String SOURCE = "source";

	static final List<String> REQUIRED = List.of(LOCALITY, SNAPSHOT_DATE, ROLE, POST_LABEL, CHILDREN, FAMILIES,
			CHILDREN_UNDER_SIX_MONTHS);
	static final List<String> OPTIONAL = List.of(SOURCE);

	/** The preview table's column headings (message keys), in the order of {@code CaseloadImport}'s cells. */
	static final List<String> PREVIEW_COLUMN_KEYS = List.of("caseload.import.column.locality",
			"caseload.import.column.snapshotDate", "caseload.import.column.role", "caseload.import.column.postLabel",
			"caseload.import.column.children", "caseload.import.column.families",
			"caseload.import.column.childrenUnderSixMonths");

	static final List<String> RULE_KEYS = List.of("caseload.import.rule.columns", "caseload.import.rule.locality",
			"caseload.import.rule.snapshotDate", "caseload.import.rule.role", "caseload.import.rule.postLabel",
			"caseload.import.rule.figures", "caseload.import.rule.underSix", "caseload.import.rule.source",
			"caseload.import.rule.duplicates", "caseload.import.rule.corrections", "caseload.import.rule.allOrNothing");

	/** The import: its columns, rules, and a template of two rows from the panel minutes of 22 November 2021. */
	static final ImportSpec SPEC = new ImportSpec(KIND, "/caseloads/import", REQUIRED, OPTIONAL, RULE_KEYS, PREVIEW_COLUMN_KEYS,
			"caseload.import.changedMeanwhile", "caseloads-template.csv", List.of(
					"North Ormesby,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,34,14,22,"
							+ "\"Scrutiny panel minutes, 22 November 2021\"",
					"Newport,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,29,14,16,"
							+ "\"Scrutiny panel minutes, 22 November 2021\""));

	/** The downloadable template: the header and the example rows. */
	static final String TEMPLATE = SPEC.templateCsv();

	private CaseloadCsv() {
	}
}

package uk.gov.middlesbrough.tracker.rollout;

import static uk.gov.middlesbrough.tracker.rollout.WardImportRules.MEASURE;
import static uk.gov.middlesbrough.tracker.rollout.WardImportRules.PEOPLE;
import static uk.gov.middlesbrough.tracker.rollout.WardImportRules.PERIOD;
import static uk.gov.middlesbrough.tracker.rollout.WardImportRules.SOURCE_NOTE;
import static uk.gov.middlesbrough.tracker.rollout.WardImportRules.VALUE;
import static uk.gov.middlesbrough.tracker.rollout.WardImportRules.WARD;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;

/** The ward figures import file: its columns, its column rules (message keys), its preview's columns and its template. */
final class WardImportFile {

	static final List<String> REQUIRED = List.of(WARD, MEASURE, PERIOD, VALUE);
	static final List<String> OPTIONAL = List.of(PEOPLE, SOURCE_NOTE);

	/** The template: North Ormesby's figures from the presentation to the panel of 17 January 2022. */
	static final ImportSpec SPEC = new ImportSpec("WARD_FIGURES", "/rollout/import", REQUIRED, OPTIONAL,
			List.of("rollout.import.rule.columns", "rollout.import.rule.ward", "rollout.import.rule.measure",
					"rollout.import.rule.period", "rollout.import.rule.value", "rollout.import.rule.people",
					"rollout.import.rule.sourceNote", "rollout.import.rule.corrections", "rollout.import.rule.allOrNothing"),
			List.of("rollout.import.column.ward", "rollout.import.column.measure", "rollout.import.column.period",
					"rollout.import.column.value", "rollout.import.column.people", "rollout.import.column.sourceNote"),
			"rollout.import.changedMeanwhile", "ward-figures-template.csv", List.of(
					"North Ormesby,looked-after,2021-04-01,6.62,99,\"Presentation to the panel, 17 January 2022\"",
					"North Ormesby,early-help,2021-04-01,7.54,113,\"Presentation to the panel, 17 January 2022\""));

	private WardImportFile() {
	}
}

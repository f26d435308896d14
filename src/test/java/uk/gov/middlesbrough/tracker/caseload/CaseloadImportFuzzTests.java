package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportFuzzing;
import uk.gov.middlesbrough.tracker.locality.LocalityView;

/**
 * The caseload import's parse → check → map, fuzzed with whole uploaded files (no database): the pipeline answers
 * only with its own "file refused" or "row problems", and every row it accepts maps to a post that can be saved.
 * Runs the committed corpus (CaseloadImportFuzzTestsInputs) in every build; fuzzes with JAZZER_FUZZ=1.
 */
class CaseloadImportFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2022, 1, 17);
	private static final List<LocalityView> LOCALITIES = List.of(ImportFuzzing.locality(1, "Newport"),
			ImportFuzzing.locality(2, "North Ormesby"));
	/** A neighbourhood manager of Newport: North Ormesby's rows are refused. */
	private static final LongPredicate NEWPORT_ONLY = id -> id == 1;

	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "locality", "snapshot_date", "role", "post_label", "children", "families",
			"children_under_six_months", "source", "Newport", "North Ormesby", "2021-11-22", "22/11/21", "22-Nov-2021",
			"EARLY_HELP_SENIOR_PRACTITIONER", "SOCIAL_WORKER", "Senior Practitioner 1", "999", "1000", "\\\"", "\\x0D\\x0A", "," })
	void uploadedFile(byte[] upload) {
		ImportFuzzing.read(upload, CaseloadCsv.REQUIRED, CaseloadCsv.OPTIONAL).ifPresent(file -> {
			checkAs(file, id -> true);
			checkAs(file, NEWPORT_ONLY);
		});
	}

	private static void checkAs(CsvFile file, LongPredicate mayImportFor) {
		CheckedImport checked = new CaseloadImportRules(LOCALITIES, mayImportFor, TODAY).check(file);
		ImportFuzzing.assertRowErrorsWellFormed(checked.errors(), file);
		Set<String> keys = new HashSet<>();
		for (ImportRow row : checked.rows()) {
			assertThat(mayImportFor.test(row.localityId())).isTrue();
			assertThat(LOCALITIES).extracting(LocalityView::name).contains(row.localityName());
			assertThat(row.snapshotDate()).isBeforeOrEqualTo(TODAY);
			assertThat(row.role()).isNotNull();
			assertThat(PostLabel.problem(row.postLabel())).isEmpty();
			assertThat(row.postLabel()).isEqualTo(row.postLabel().strip());
			// CaseloadFigures refuses figures outside 0-999 or more under six months than children when built.
			assertThat(row.figures().childrenUnderSixMonths()).isBetween(0, row.figures().children());
			assertThat(row.source() == null || row.source().length() <= CaseloadImportRules.MAX_SOURCE).isTrue();
			assertThat(keys.add(row.key())).as("one row per post and date").isTrue();
		}
		if (!checked.hasErrors()) {
			ImportFuzzing.assertAllRowsAccepted(checked.rows().stream().map(ImportRow::number).toList(), file);
		}
	}
}

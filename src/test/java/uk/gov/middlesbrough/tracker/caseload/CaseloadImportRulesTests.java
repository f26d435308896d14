package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportRefused;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.TestUsers;

class CaseloadImportRulesTests {

	private static final ImportSettings SETTINGS = new ImportSettings(2_097_152, 20_000);
	private static final LocalDate TODAY = LocalDate.of(2022, 1, 17);
	private static final List<LocalityView> LOCALITIES = List.of(locality(1, "Newport"), locality(2, "North Ormesby"));
	private static final String HEADER = "locality,snapshot_date,role,post_label,children,families,children_under_six_months\n";

	private static LocalityView locality(long id, String name) {
		return new LocalityView(id, name, name, LocalityStatus.PILOT, LocalDate.of(2019, 10, 8), null, null, null, null,
				List.of(), 0);
	}

	private static CheckedImport check(String rows, Role role, Long localityId) {
		CsvFile file = CsvFile.read("caseloads.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), CaseloadCsv.REQUIRED,
				CaseloadCsv.OPTIONAL, SETTINGS);
		SignedInUser user = TestUsers.of(7, role, localityId);
		return new CaseloadImportRules(LOCALITIES, id -> CaseloadPermissions.mayEnterFiguresFor(user, id), TODAY).check(file);
	}

	private static List<String> problems(CheckedImport checked) {
		return checked.errors().stream().map(error -> error.row() + " " + error.column() + " " + error.messageKey()).toList();
	}

	@Test
	void readsThePapersFiguresWithoutProblems() {
		CheckedImport checked = check("""
				North Ormesby,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,34,14,22
				newport,2021-11-22,early_help_senior_practitioner,Senior Practitioner 1,29,14,16
				Newport,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 2,28,13,20
				""", Role.HEAD_OF_SERVICE, null);
		assertThat(checked.hasErrors()).isFalse();
		assertThat(checked.rows()).extracting(ImportRow::localityName, ImportRow::figures).containsExactly(
				org.assertj.core.groups.Tuple.tuple("North Ormesby", new CaseloadFigures(34, 14, 22)),
				org.assertj.core.groups.Tuple.tuple("Newport", new CaseloadFigures(29, 14, 16)),
				org.assertj.core.groups.Tuple.tuple("Newport", new CaseloadFigures(28, 13, 20)));
	}

	@Test
	void findsEveryProblemInEveryRow() {
		CheckedImport checked = check("""
				Hemlington,2021-11-22,SOCIAL_WORKER,Social Worker 1,20,10,5
				Newport,31/11/2021,SOCIAL_WORKER,Social Worker 1,20,10,5
				Newport,2022-01-18,SOCIAL_WORKER,Social Worker 1,20,10,5
				Newport,2021-11-22,SENIOR_PRACTITIONER,Senior Practitioner 1,20,10,5
				Newport,2021-11-22,SOCIAL_WORKER,Jane Smith,20,10,5
				Newport,2021-11-22,SOCIAL_WORKER,Social Worker 2,abc,-3,2.5
				Newport,2021-11-22,SOCIAL_WORKER,Social Worker 3,10,4,11
				Newport,2021-11-22,SOCIAL_WORKER,Social Worker 4,1000,4,1
				Newport,2021-11-22,SOCIAL_WORKER,Social Worker 5,12,6,3
				Newport,2021-11-22,social_worker,social worker 5,13,6,3
				""", Role.HEAD_OF_SERVICE, null);
		assertThat(checked.hasErrors()).isTrue();
		assertThat(problems(checked)).containsExactly(
				"2 locality caseload.import.error.locality",
				"3 snapshot_date import.error.date",
				"4 snapshot_date caseload.import.error.future",
				"5 role caseload.import.error.role",
				"6 post_label caseload.postLabel.notAPost",
				"7 children import.error.number",
				"7 families caseload.import.error.range",
				"7 children_under_six_months import.error.wholeNumber",
				"8 children_under_six_months caseload.import.error.underSix",
				"9 children caseload.import.error.range",
				"11 post_label import.error.duplicate");
		RowError duplicate = checked.errors().get(10);
		assertThat(duplicate.args()).containsExactly(10);
		assertThat(checked.errors().get(0).args()).containsExactly("Hemlington", "Newport, North Ormesby");
	}

	@Test
	void aManagersRowForAnotherLocalityIsARowError() {
		CheckedImport checked = check("""
				Newport,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,29,14,16
				North Ormesby,2021-11-22,EARLY_HELP_SENIOR_PRACTITIONER,Senior Practitioner 1,34,14,22
				""", Role.NEIGHBOURHOOD_MANAGER, 1L);
		assertThat(problems(checked)).containsExactly("3 locality caseload.import.error.notYourLocality");
		assertThat(checked.errors().get(0).args()).containsExactly("North Ormesby");
	}

	@Test
	void refusesColumnsThatLookLikeNames() {
		for (String column : new String[] { "child_name", "worker name", "Worker Name" }) {
			byte[] file = (HEADER.strip() + "," + column + "\nNewport,2021-11-22,SOCIAL_WORKER,Social Worker 1,20,10,5,x\n")
				.getBytes(StandardCharsets.UTF_8);
			assertThatThrownBy(() -> CsvFile.read("caseloads.csv", file, CaseloadCsv.REQUIRED, CaseloadCsv.OPTIONAL, SETTINGS))
				.as(column)
				.isInstanceOfSatisfying(ImportRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("import.refused.personalData"));
		}
	}

	@Test
	void theTemplateIsAFileTheImportAccepts() {
		CsvFile file = CsvFile.read("caseloads-template.csv", CaseloadCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8),
				CaseloadCsv.REQUIRED, CaseloadCsv.OPTIONAL, SETTINGS);
		SignedInUser head = TestUsers.of(1, Role.HEAD_OF_SERVICE, null);
		CheckedImport checked = new CaseloadImportRules(LOCALITIES, id -> CaseloadPermissions.mayEnterFiguresFor(head, id), TODAY)
			.check(file);
		assertThat(checked.hasErrors()).isFalse();
		assertThat(checked.rows()).hasSize(2);
		assertThat(checked.rows().get(0).source()).isEqualTo("Scrutiny panel minutes, 22 November 2021");
	}
}

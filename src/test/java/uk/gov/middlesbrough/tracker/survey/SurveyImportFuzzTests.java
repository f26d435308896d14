package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportFuzzing;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.TestUsers;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.NewWave;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.PlannedRow;
import uk.gov.middlesbrough.tracker.survey.SurveyImportData.ResultKey;

/**
 * The survey results import's parse → check → map, fuzzed with whole uploaded files (no database): the pipeline
 * answers only with its own "file refused" or "row problems", and every row it accepts is a percentage it can save.
 * Runs the committed corpus (SurveyImportFuzzTestsInputs) in every build; fuzzes with JAZZER_FUZZ=1.
 */
class SurveyImportFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2022, 7, 12);
	private static final LocalityView NEWPORT = ImportFuzzing.locality(1, "Newport");
	private static final LocalityView NORTH_ORMESBY = ImportFuzzing.locality(2, "North Ormesby");
	private static final SurveyImportData DATA = new SurveyImportData(List.of(NEWPORT, NORTH_ORMESBY),
			List.of(new QuestionView(10, "safe_day", "Feeling safe during the day", 1),
					new QuestionView(11, "safe_dark", "Feeling safe after dark", 2)),
			List.of(new WaveView(100, 1, "September 2021", LocalDate.of(2021, 9, 1), null, null)),
			Map.of(new ResultKey(100, 10), new Figure(new PercentAgreeing(new BigDecimal("68.65")), null, 0)));
	private static final List<SignedInUser> USERS = List.of(TestUsers.of(1, Role.HEAD_OF_SERVICE, null),
			TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, NEWPORT.id()));

	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "locality", "wave", "wave_date", "question", "percentage_agreeing", "respondents", "Newport",
			"North Ormesby", "September 2021", "2021-09-01", "01/09/2021", "1 Sept 2021", "safe_day", "safe_dark", "68.65",
			"100.001", "\\\"", "\\x0D\\x0A", "," })
	void uploadedFile(byte[] upload) {
		ImportFuzzing.read(upload, SurveyImportFile.REQUIRED, SurveyImportFile.OPTIONAL).ifPresent(file -> USERS.forEach(user -> checkAs(file, user)));
	}

	private static void checkAs(CsvFile file, SignedInUser user) {
		SurveyImportCheck check = SurveyImportRules.check(file, user, id -> SurveyPermissions.mayEnterFiguresFor(user, id), DATA,
				TODAY);
		ImportFuzzing.assertRowErrorsWellFormed(check.errors(), file);
		if (check.hasErrors()) {
			assertThat(check.rows()).isEmpty();
			assertThat(check.newWaves()).isEmpty();
			return;
		}
		for (PlannedRow row : check.rows()) {
			assertThat(SurveyPermissions.mayEnterFiguresFor(user, row.locality().id())).isTrue();
			assertThat(row.waveName()).isEqualTo(WaveNames.tidy(row.waveName())).hasSizeBetween(1, SurveyImportRules.WAVE_NAME_MAX);
			assertThat(row.waveDate()).isBeforeOrEqualTo(TODAY);
			assertThat(row.wave() == null || row.wave().fieldworkDate().equals(row.waveDate())).isTrue();
			assertThat(row.question()).isNotNull();
			// PercentAgreeing refuses a value outside 0-100 or with more than two decimals when built.
			assertThat(row.percent().value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			assertThat(row.respondents() == null || row.respondents() >= 1).isTrue();
			assertThat(row.change() == ChangeKind.NEW).isEqualTo(row.previous() == null);
		}
		for (NewWave wave : check.newWaves()) {
			assertThat(wave.fieldworkDate()).isBeforeOrEqualTo(TODAY);
			assertThat(check.rows()).anyMatch(row -> row.wave() == null && row.waveName().equals(wave.name()));
		}
		ImportFuzzing.assertAllRowsAccepted(check.rows().stream().map(PlannedRow::row).toList(), file);
	}
}

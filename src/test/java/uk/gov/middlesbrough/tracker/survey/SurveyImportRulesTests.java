package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.TestUsers;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.PlannedRow;
import uk.gov.middlesbrough.tracker.survey.SurveyImportData.ResultKey;

/** Every rule a survey results file is checked by, with the row, column, value and message each problem names. */
class SurveyImportRulesTests {

	private static final String HEADER = "locality,wave,wave_date,question,percentage_agreeing,respondents\n";
	private static final LocalDate TODAY = LocalDate.of(2022, 7, 12);
	private static final ImportSettings SETTINGS = new ImportSettings(2_097_152, 20_000);

	private static final LocalityView NEWPORT = locality(1, "Newport");
	private static final LocalityView NORTH_ORMESBY = locality(2, "North Ormesby");
	private static final QuestionView SAFE_DAY = new QuestionView(10, "safe_day", "Feeling safe during the day", 1);
	private static final QuestionView SAFE_DARK = new QuestionView(11, "safe_dark", "Feeling safe after dark", 2);
	private static final WaveView NEWPORT_MARCH = new WaveView(100, 1, "March 2021", LocalDate.of(2021, 3, 1), null, null);

	private final SurveyImportData data = new SurveyImportData(List.of(NEWPORT, NORTH_ORMESBY), List.of(SAFE_DAY, SAFE_DARK),
			List.of(NEWPORT_MARCH), Map.of(new ResultKey(100, 10),
					new Figure(new PercentAgreeing(new BigDecimal("35.49")), null, 0),
					new ResultKey(100, 11), new Figure(new PercentAgreeing(new BigDecimal("12.9")), 93, 2)));

	private final SignedInUser head = TestUsers.of(1, Role.HEAD_OF_SERVICE, null);

	private static LocalityView locality(long id, String name) {
		return new LocalityView(id, name, name, LocalityStatus.PILOT, LocalDate.of(2019, 10, 8), null, null, null, null,
				List.of(), 0);
	}

	private SurveyImportCheck check(String rows, SignedInUser user) {
		return SurveyImportRules.check(CsvFile.parse(HEADER + rows, SurveyImportFile.REQUIRED, SurveyImportFile.OPTIONAL,
				SETTINGS), user, localityId -> SurveyPermissions.mayEnterFiguresFor(user, localityId), data, TODAY);
	}

	@Test
	void aGoodFileSaysWhatEachRowWouldDoAndWhichWavesItWouldAdd() {
		SurveyImportCheck check = check("""
				Newport,March 2021,2021-03-01,safe_day,35.49,
				newport, march  2021 ,2021-03-01,SAFE_DARK,13.9,93
				North Ormesby,September 2022,2022-06-30,safe_day,80.5,120
				North Ormesby,September 2022,2022-06-30,safe_dark,40,
				""", head);

		assertThat(check.errors()).isEmpty();
		assertThat(check.rows()).extracting(PlannedRow::row, PlannedRow::change, row -> row.percent().text(), PlannedRow::respondents)
			.containsExactly(tuple(2, ChangeKind.UNCHANGED, "35.49", null), tuple(3, ChangeKind.CORRECTED, "13.9", 93),
					tuple(4, ChangeKind.NEW, "80.5", 120), tuple(5, ChangeKind.NEW, "40", null));
		// The existing wave's own spelling is kept; the correction knows what it replaces.
		assertThat(check.rows().get(1).waveName()).isEqualTo("March 2021");
		assertThat(check.rows().get(1).previous().percent().text()).isEqualTo("12.9");
		assertThat(check.newWaves()).singleElement().satisfies(wave -> {
			assertThat(wave.locality().name()).isEqualTo("North Ormesby");
			assertThat(wave.name()).isEqualTo("September 2022");
			assertThat(wave.fieldworkDate()).isEqualTo(LocalDate.of(2022, 6, 30));
		});
		assertThat(check.counts().added()).isEqualTo(2);
		assertThat(check.counts().corrected()).isEqualTo(1);
		assertThat(check.counts().unchanged()).isEqualTo(1);
	}

	@Test
	void leavingOutTheRespondentsOfAFigureThatHadSomeIsACorrection() {
		SurveyImportCheck check = check("Newport,March 2021,2021-03-01,safe_dark,12.9,\n", head);
		assertThat(check.rows()).singleElement().extracting(PlannedRow::change).isEqualTo(ChangeKind.CORRECTED);
	}

	@Test
	void namesEveryProblemInEveryRowAndPlansNothing() {
		SurveyImportCheck check = check("""
				Redcar,March 2021,2021-03-01,safe_day,35,
				Newport,March 2021,2021-03-02,safe_day,35,
				Newport,June 2022,2022-07-13,safe_day,35,
				Newport,March 2021,2021-03-01,feel_happy,35,
				Newport,Wave 6,2022-01-06,safe_dark,abc,
				Newport,Wave 7,2022-01-07,safe_dark,100.5,
				Newport,Wave 8,2022-01-08,safe_dark,31.185,
				Newport,Wave 9,2022-01-09,safe_dark,31,0
				Newport,Wave 10,2022-01-10,safe_dark,31,12.5
				Newport,March 2021,2021-03-01,safe_day,35,
				Newport,,,safe_day,,
				""", head);

		assertThat(check.rows()).isEmpty();
		assertThat(check.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::messageKey).containsExactly(
				tuple(2, "locality", "Redcar", "survey.import.error.locality"),
				tuple(3, "wave_date", "2021-03-02", "survey.import.error.waveDateDiffers"),
				tuple(4, "wave_date", "2022-07-13", "survey.import.error.waveDateFuture"),
				tuple(5, "question", "feel_happy", "survey.import.error.question"),
				tuple(6, "percentage_agreeing", "abc", "import.error.number"),
				tuple(7, "percentage_agreeing", "100.5", "survey.import.error.percentage.OUT_OF_RANGE"),
				tuple(8, "percentage_agreeing", "31.185", "survey.import.error.percentage.TOO_PRECISE"),
				tuple(9, "respondents", "0", "survey.import.error.respondents"),
				tuple(10, "respondents", "12.5", "import.error.wholeNumber"),
				tuple(11, "question", "safe_day", "import.error.duplicate"),
				tuple(12, "wave", null, "import.error.required"),
				tuple(12, "wave_date", null, "import.error.required"),
				tuple(12, "percentage_agreeing", null, "import.error.required"));
		RowError unknownLocality = check.errors().get(0);
		assertThat(unknownLocality.args()).containsExactly("Redcar", "Newport, North Ormesby");
		assertThat(check.errors().get(1).args()).containsExactly("2021-03-01", "March 2021", "Newport");
		assertThat(check.errors().get(3).args()).containsExactly("feel_happy", "safe_dark, safe_day");
		// Row 11 repeats row 3 (Newport, March 2021, safe_day), which was itself wrong only in its date.
		assertThat(check.errors().get(9).args()).containsExactly(3);
	}

	@Test
	void theRowsOfANewWaveMustAgreeOnItsDate() {
		SurveyImportCheck check = check("""
				Newport,September 2022,2022-06-30,safe_day,70,
				Newport,september 2022,2022-07-01,safe_dark,50,
				""", head);
		assertThat(check.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo("wave_date");
			assertThat(error.messageKey()).isEqualTo("survey.import.error.newWaveDateDiffers");
			assertThat(error.args()).containsExactly("September 2022", 2, "2022-06-30");
		});
	}

	@Test
	void aManagerMayImportOnlyTheirOwnLocalitysRows() {
		SignedInUser newportManager = TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 1L);
		SurveyImportCheck check = check("""
				Newport,March 2021,2021-03-01,safe_day,36,
				North Ormesby,March 2021,2021-03-01,safe_day,52,
				""", newportManager);
		assertThat(check.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo("locality");
			assertThat(error.value()).isEqualTo("North Ormesby");
			assertThat(error.messageKey()).isEqualTo("survey.import.error.notYourLocality");
			assertThat(error.args()).containsExactly("North Ormesby", "Newport");
		});
	}

	@Test
	void theRespondentsColumnMayBeLeftOutAltogether() {
		SurveyImportCheck check = SurveyImportRules.check(CsvFile.parse("""
				locality,wave,wave_date,question,percentage_agreeing
				Newport,March 2021,2021-03-01,safe_day,35.49
				""", SurveyImportFile.REQUIRED, SurveyImportFile.OPTIONAL, SETTINGS), head,
				localityId -> SurveyPermissions.mayEnterFiguresFor(head, localityId), data, TODAY);
		assertThat(check.errors()).isEmpty();
		assertThat(check.rows()).singleElement().extracting(PlannedRow::change).isEqualTo(ChangeKind.UNCHANGED);
	}
}

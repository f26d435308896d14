package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;

class WardImportRulesTests {

	private static final ImportSettings SETTINGS = new ImportSettings(2_097_152, 20_000);
	private static final LocalDate TODAY = LocalDate.of(2022, 7, 17);
	private static final String HEADER = "ward,measure,period,value,people,source_note\n";
	private static final List<WardMeasure> MEASURES = List.of(
			measure(1, "crime-rate", "RATE_PER_1000"), measure(2, "looked-after", "PERCENTAGE"),
			measure(3, "deprivation-rank", "RANK"), measure(4, "referrals", "COUNT"));
	private static final List<Ward> WARDS = List.of(new Ward(10, "North Ormesby", 5100, 1500, 2L, "North Ormesby", false),
			new Ward(11, "Acklam", 7600, 1500, null, null, false));

	private static WardMeasure measure(long id, String code, String unit) {
		return new WardMeasure(id, code, code, unit, NeedDirection.HIGHER_MEANS_MORE_NEED, 3, "Test");
	}

	private static CheckedWardFile check(String rows) {
		CsvFile file = CsvFile.read("wards.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), WardImportFile.REQUIRED,
				WardImportFile.OPTIONAL, SETTINGS);
		return new WardImportRules(MEASURES, WARDS, TODAY).check(file);
	}

	private static List<String> problems(CheckedWardFile checked) {
		return checked.errors().stream().map(error -> error.row() + " " + error.column() + " " + error.messageKey()).toList();
	}

	@Test
	void readsGoodRowsMatchingHeldWardsWhateverTheirCaseAndAddsANewWardOnce() {
		CheckedWardFile checked = check("""
				north  ormesby,Looked-After,2021-04-01,6.62,99,"Presentation to the panel, 17 January 2022"
				Acklam,crime-rate,01/04/2022,13.5,,
				Grove Hill,deprivation-rank,2019-01-01,4,,
				grove hill,referrals,2022-04-01,0,,
				""");
		assertThat(problems(checked)).isEmpty();
		assertThat(checked.rows()).extracting(CheckedWardFile.Row::wardId, CheckedWardFile.Row::wardName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(10L, "North Ormesby"), org.assertj.core.groups.Tuple.tuple(11L, "Acklam"),
					org.assertj.core.groups.Tuple.tuple(null, "Grove Hill"), org.assertj.core.groups.Tuple.tuple(null, "Grove Hill"));
		assertThat(checked.rows().get(0).value()).isEqualByComparingTo("6.62");
		assertThat(checked.rows().get(0).people()).isEqualTo(99);
		assertThat(checked.rows().get(1).period()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(checked.newWards()).containsExactly("Grove Hill");
	}

	@Test
	void aValueOutsideItsMeasuresUnitIsARowError() {
		CheckedWardFile checked = check("""
				Acklam,looked-after,2021-04-01,100.5,,
				Acklam,crime-rate,2021-04-01,1000.01,,
				Acklam,referrals,2021-04-01,2.5,,
				Acklam,deprivation-rank,2021-04-01,0,,
				Acklam,referrals,2022-04-01,-1,,
				Acklam,crime-rate,2022-04-01,12.345,,
				Acklam,looked-after,2022-04-01,100,,
				Acklam,deprivation-rank,2022-04-01,1,,
				""");
		assertThat(problems(checked)).containsExactly(
				"2 value rollout.import.error.value.PERCENTAGE",
				"3 value rollout.import.error.value.RATE_PER_1000",
				"4 value rollout.import.error.value.COUNT",
				"5 value rollout.import.error.value.RANK",
				"6 value rollout.import.error.value.COUNT",
				"7 value rollout.import.error.decimals");
		assertThat(checked.errors().get(0).args()).containsExactly("looked-after");
	}

	@Test
	void anUnknownMeasureIsARowErrorListingTheKnownCodes() {
		CheckedWardFile checked = check("Acklam,burglary,2021-04-01,3,,\n");
		assertThat(problems(checked)).containsExactly("2 measure rollout.import.error.measure");
		assertThat(checked.errors().get(0).args()).containsExactly("burglary", "crime-rate, looked-after, deprivation-rank, referrals");
		assertThat(checked.rows()).isEmpty();
	}

	@Test
	void aBadFutureOrMidMonthPeriodIsARowError() {
		CheckedWardFile checked = check("""
				Acklam,crime-rate,31/02/2022,3,,
				Acklam,crime-rate,2022-04-15,3,,
				Acklam,crime-rate,2022-08-01,3,,
				Acklam,crime-rate,,3,,
				""");
		assertThat(problems(checked)).containsExactly("2 period import.error.date", "3 period rollout.import.error.firstDay",
				"4 period rollout.import.error.future", "5 period import.error.required");
	}

	@Test
	void aNegativeOrFractionalPeopleCountIsARowError() {
		CheckedWardFile checked = check("""
				Acklam,looked-after,2021-04-01,3,-1,
				Acklam,looked-after,2022-04-01,3,2.5,
				Acklam,crime-rate,2022-04-01,3,0,
				""");
		assertThat(problems(checked)).containsExactly("2 people rollout.import.error.people", "3 people import.error.wholeNumber");
		assertThat(checked.rows()).extracting(CheckedWardFile.Row::people).containsExactly(0);
	}

	@Test
	void aRepeatedRowALongWardNameAndALongSourceNoteAreRowErrors() {
		CheckedWardFile checked = check("Acklam,crime-rate,2021-04-01,3,,\nACKLAM,crime-rate,2021-04-01,4,,\n"
				+ "W".repeat(101) + ",crime-rate,2021-04-01,3,,\nAcklam,crime-rate,2021-07-01,3,," + "s".repeat(301) + "\n");
		assertThat(problems(checked)).containsExactly("3 period import.error.duplicate", "4 ward rollout.import.error.wardName",
				"5 source_note rollout.import.error.sourceNote");
		assertThat(checked.rows()).extracting(CheckedWardFile.Row::value).containsExactly(new BigDecimal("3"));
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportFuzzing;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.TestUsers;

/**
 * The measurements import's parse → check → map (check and preview), fuzzed with whole uploaded files: the pipeline
 * answers only with its own "file refused" or "row problems", and every row of a file it accepts is a figure in its
 * indicator's unit, dated the end of a period that has passed, that previews without error. The database is replaced
 * by fixed answers (the indicator library, the localities, one figure already recorded), so no statement runs.
 * Runs the committed corpus (MeasurementImportFuzzTestsInputs) in every build; fuzzes with JAZZER_FUZZ=1.
 */
class MeasurementImportFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2022, 1, 17);
	private static final List<IndicatorView> LIBRARY = List.of(
			indicator(1, "asb-incidents", Unit.COUNT, Frequency.MONTHLY),
			indicator(2, "childrens-centre-families", Unit.COUNT, Frequency.SIX_MONTHLY),
			indicator(3, "school-readiness", Unit.PERCENTAGE, Frequency.ANNUAL),
			indicator(4, "underspend", Unit.MONEY, Frequency.QUARTERLY),
			indicator(5, "reoffending-rate", Unit.RATE_PER_1000, Frequency.QUARTERLY));
	/** Recorded before the period-end rule, on a day that is not a month's end: a correction of it is accepted. */
	private static final FigureKey RECORDED = new FigureKey(1, 2, LocalDate.of(2021, 6, 15));
	private static final MeasurementImport IMPORT = measurementImport();
	private static final List<SignedInUser> USERS = List.of(TestUsers.of(1, Role.HEAD_OF_SERVICE, null),
			TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 2L));

	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "indicator", "locality", "period", "value", "note", "source_reference", "asb-incidents",
			"school-readiness", "underspend", "Newport", "North Ormesby", "2021-06-30", "30/06/21", "31-Dec-2021",
			"2021-06-15", "-1,250.50", "7.54", "1e3", "\\\"", "\\x0D\\x0A", "," })
	void uploadedFile(byte[] upload) {
		ImportFuzzing.read(upload, MeasurementImport.REQUIRED, MeasurementImport.OPTIONAL)
			.ifPresent(file -> USERS.forEach(user -> checkAs(file, user)));
	}

	private static void checkAs(CsvFile file, SignedInUser user) {
		CheckedFile checked = IMPORT.check(file, user);
		ImportFuzzing.assertRowErrorsWellFormed(checked.errors(), file);
		if (checked.hasErrors()) {
			return;
		}
		for (CheckedFile.CheckedRow row : checked.rows()) {
			FigureEntry entry = row.entry();
			IndicatorView indicator = row.indicator();
			assertThat(IndicatorPermissions.mayEnterFiguresFor(user, entry.localityId())).isTrue();
			assertThat(indicator.unit().problem(entry.value())).isEmpty();
			assertThat(entry.period()).isBeforeOrEqualTo(TODAY);
			assertThat(indicator.frequency().isPeriodEnd(entry.period()) || entry.key().equals(RECORDED)).isTrue();
			assertThat(entry.note() == null || entry.note().length() <= 1000).isTrue();
			assertThat(entry.sourceReference() == null || entry.sourceReference().length() <= 300).isTrue();
		}
		ImportFuzzing.assertAllRowsAccepted(checked.rows().stream().map(CheckedFile.CheckedRow::number).toList(), file);
		List<PreviewRow> preview = IMPORT.preview(checked);
		assertThat(preview).hasSameSizeAs(checked.rows())
			.allSatisfy(row -> assertThat(row.cells()).hasSize(MeasurementImport.PREVIEW_COLUMNS.size()));
	}

	private static MeasurementImport measurementImport() {
		IndicatorQueries indicators = mock(IndicatorQueries.class);
		when(indicators.library()).thenReturn(LIBRARY);
		LocalityQueries localities = mock(LocalityQueries.class);
		when(localities.all()).thenReturn(List.of(ImportFuzzing.locality(1, "Newport"), ImportFuzzing.locality(2, "North Ormesby")));
		MeasurementBulkWrite bulk = mock(MeasurementBulkWrite.class);
		when(bulk.recorded(any())).thenReturn(
				Map.of(RECORDED, new MeasurementBulkWrite.Recorded(7, 0, BigDecimal.valueOf(40), null, null)));
		Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
		FigureSignOffs signOffs = mock(FigureSignOffs.class);
		when(signOffs.locked(any())).thenReturn(java.util.Set.of());
		return new MeasurementImport(indicators, localities, null, clock, bulk, signOffs, null);
	}

	private static IndicatorView indicator(long id, String code, Unit unit, Frequency frequency) {
		return new IndicatorView(id, code, code, null, unit, Polarity.HIGHER_IS_BETTER, frequency, null, null, null, null, null,
				0);
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.ImportPage;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.importing.RowErrors;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The measurements CSV import: every row is checked before anything is saved (unknown indicator or locality,
 * bad number or date, a value outside the indicator's unit, a repeated row, a row for a locality the user may
 * not enter figures for); a good file is previewed against what is recorded now, then saved whole on confirmation.
 */
@Component
class MeasurementImport extends ImportKind<CheckedFile> {

	static final String KIND = "MEASUREMENTS";
	static final List<String> REQUIRED = List.of("indicator", "locality", "period", "value");
	static final List<String> OPTIONAL = List.of("note", "source_reference");
	static final List<String> RULES = List.of("measurement.import.rule.columns", "measurement.import.rule.indicator",
			"measurement.import.rule.locality", "measurement.import.rule.period", "measurement.import.rule.value",
			"measurement.import.rule.optional", "measurement.import.rule.corrections", "measurement.import.rule.personal");
	static final List<String> PREVIEW_COLUMNS = List.of("measurement.import.col.indicator", "measurement.import.col.locality",
			"measurement.import.col.period", "measurement.import.col.value", "measurement.import.col.sourceReference");
	private static final ImportSpec SPEC = new ImportSpec(KIND, "/indicators/import", REQUIRED, OPTIONAL, RULES, PREVIEW_COLUMNS,
			"measurement.import.changedMeanwhile", "measurements-template.csv", List.of(
					"asb-incidents,North Ormesby,2021-06-30,50,Peak of the summer spike,"
							+ "\"Scrutiny panel minutes, early 2022: '50 incidents per month' June to August 2021\"",
					"childrens-centre-families,North Ormesby,2021-12-31,245,,"
							+ "\"Scrutiny panel minutes, early 2022 (Children's Centre briefing paper)\""));
	private static final ImportPage PAGE = new ImportPage("indicator.list.title", "measurement.import.title",
			List.of(ImportPage.Text.of("measurement.import.lead")), new ImportPage.Link("/indicators", "measurement.import.back"));

	private final IndicatorQueries indicators;
	private final LocalityQueries localities;
	private final MeasurementRecorder recorder;
	private final Clock clock;
	private final MeasurementBulkWrite bulk;
	private final FigureSignOffs signOffs;

	private final JdbcTemplate jdbc;

	MeasurementImport(IndicatorQueries indicators, LocalityQueries localities, MeasurementRecorder recorder, Clock clock,
			MeasurementBulkWrite bulk, FigureSignOffs signOffs, JdbcTemplate jdbc) {
		super(SPEC, IndicatorPermissions::mayEnterFigures, IndicatorPermissions::mayEnterFiguresFor);
		this.jdbc = jdbc;
		this.signOffs = signOffs;
		this.indicators = indicators;
		this.localities = localities;
		this.recorder = recorder;
		this.clock = clock;
		this.bulk = bulk;
	}

	@Override
	public ImportPage page(SignedInUser user) {
		return PAGE;
	}

	@Override
	public ImportPage.Link savedLink(CheckedFile checked) {
		Map<Long, String> localities = new LinkedHashMap<>();
		checked.rows().forEach(row -> localities.put(row.entry().localityId(), row.localityName()));
		return savedLink(localities, "/localities/{locality}/dashboard", "/indicators");
	}

	/** The locality's two latest figures (of the latest periods), as recorded. */
	@Override
	protected List<String> ownLocalityRows(long localityId) {
		return jdbc.query("""
				select i.code, l.name, x.latest_period, x.latest_value, x.latest_note, x.latest_source_reference
				from measurement_latest x join indicator i on i.id = x.indicator_id join locality l on l.id = x.locality_id
				where x.locality_id = ? and x.latest_period is not null
				order by x.latest_period desc, i.code limit 2""", (rs, row) -> ImportSpec.csvLine(rs.getString("code"),
				rs.getString("name"), rs.getObject("latest_period", LocalDate.class),
				rs.getBigDecimal("latest_value").stripTrailingZeros().toPlainString(), rs.getString("latest_note"),
				rs.getString("latest_source_reference")), localityId);
	}

	/** Checks every row of the file and collects every problem. */
	@Override
	public CheckedFile check(CsvFile file, SignedInUser user) {
		Map<String, IndicatorView> byCode = indicators.library().stream()
				.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		Map<String, LocalityView> byName = new HashMap<>();
		localities.all().forEach(locality -> byName.put(locality.name().toLowerCase(Locale.ROOT), locality));
		LocalDate today = AsOf.now(clock).day();
		RowErrors errors = new RowErrors();
		Map<FigureKey, Integer> seen = new HashMap<>();
		List<CheckedFile.CheckedRow> rows = new ArrayList<>();
		Map<CheckedFile.CheckedRow, CsvRow> notPeriodEnds = new LinkedHashMap<>();
		Map<CheckedFile.CheckedRow, CsvRow> all = new LinkedHashMap<>();
		for (CsvRow row : file.rows()) {
			String code = errors.required(row, "indicator");
			IndicatorView indicator = code == null ? null : byCode.get(code.toLowerCase(Locale.ROOT));
			if (code != null && indicator == null) {
				errors.add(row, "indicator", "measurement.import.unknownIndicator");
			}
			String localityName = errors.required(row, "locality");
			LocalityView locality = localityName == null ? null : byName.get(localityName.toLowerCase(Locale.ROOT));
			if (localityName != null && locality == null) {
				errors.add(row, "locality", "measurement.import.unknownLocality");
			}
			else if (locality != null && !mayImport(user, locality.id())) {
				errors.add(row, "locality", "measurement.import.notYourLocality", locality.name());
			}
			LocalDate period = errors.date(row, "period");
			if (period != null && period.isAfter(today)) {
				errors.add(row, "period", "measurement.period.future");
			}
			BigDecimal value = errors.number(row, "value");
			if (value != null && indicator != null) {
				indicator.unit().problem(value).ifPresent(key -> errors.add(row, "value", key));
			}
			String note = text(errors, row, "note", 1000);
			String source = text(errors, row, "source_reference", 300);
			if (indicator != null && locality != null && period != null) {
				Integer first = seen.putIfAbsent(new FigureKey(indicator.id(), locality.id(), period), row.number());
				if (first != null) {
					errors.add(row, "period", "import.error.duplicate", first);
				}
			}
			if (indicator != null && locality != null && period != null && value != null) {
				CheckedFile.CheckedRow checked = new CheckedFile.CheckedRow(row.number(),
						new FigureEntry(indicator.id(), locality.id(), period, value, note, source), indicator, locality.name());
				rows.add(checked);
				all.put(checked, row);
				if (!indicator.frequency().isPeriodEnd(period)) {
					notPeriodEnds.put(checked, row);
				}
			}
		}
		refuseNewFiguresNotAtPeriodEnds(notPeriodEnds, errors);
		refuseChangesToSignedOffFigures(all, errors);
		return new CheckedFile(rows, errors.list());
	}

	/** A row that would record or change a figure in a signed-off period (one statement, two when any is). */
	private void refuseChangesToSignedOffFigures(Map<CheckedFile.CheckedRow, CsvRow> rows, RowErrors errors) {
		Set<FigureKey> locked = signOffs.locked(rows.keySet().stream().map(CheckedFile.CheckedRow::entry).toList());
		if (locked.isEmpty()) {
			return;
		}
		List<FigureEntry> lockedEntries = rows.keySet().stream().map(CheckedFile.CheckedRow::entry)
			.filter(entry -> locked.contains(entry.key())).toList();
		Map<FigureKey, MeasurementBulkWrite.Recorded> recorded = bulk.recorded(lockedEntries);
		rows.forEach((checked, row) -> {
			FigureEntry entry = checked.entry();
			MeasurementBulkWrite.Recorded now = recorded.get(entry.key());
			if (locked.contains(entry.key())
					&& (now == null || !Measurement.sameAs(now.value(), now.note(), now.sourceReference(), entry))) {
				errors.add(row, "period", "measurement.import.signedOff", checked.indicator().source());
			}
		});
	}

	/**
	 * A figure must be dated the last day of its period, except a correction of a figure already recorded on another
	 * day (figures entered before the rule). One statement for the whole file.
	 */
	private void refuseNewFiguresNotAtPeriodEnds(Map<CheckedFile.CheckedRow, CsvRow> rows, RowErrors errors) {
		if (rows.isEmpty()) {
			return;
		}
		Map<FigureKey, MeasurementBulkWrite.Recorded> recorded = bulk.recorded(
				rows.keySet().stream().map(CheckedFile.CheckedRow::entry).toList());
		rows.forEach((checked, row) -> {
			if (!recorded.containsKey(checked.entry().key())) {
				errors.add(row, "period", checked.indicator().frequency().periodEndMessageKey());
			}
		});
	}

	/** What a checked file would change, compared with what is recorded now. */
	@Override
	public List<PreviewRow> preview(CheckedFile checked) {
		Map<FigureKey, MeasurementBulkWrite.Recorded> current = bulk.recorded(checked.entries());
		List<PreviewRow> rows = new ArrayList<>();
		for (CheckedFile.CheckedRow row : checked.rows()) {
			FigureEntry entry = row.entry();
			MeasurementBulkWrite.Recorded now = current.get(entry.key());
			ChangeKind change = now == null ? ChangeKind.NEW
					: Measurement.sameAs(now.value(), now.note(), now.sourceReference(), entry) ? ChangeKind.UNCHANGED
							: ChangeKind.CORRECTED;
			IndicatorView indicator = row.indicator();
			rows.add(new PreviewRow(row.number(), change, List.of(indicator.code(), row.localityName(),
					indicator.period(entry.period()), indicator.format(entry.value()),
					entry.sourceReference() == null ? "" : entry.sourceReference()),
					now == null ? "" : indicator.format(now.value())));
		}
		return rows;
	}

	/** Every changed figure saved (corrections keep the old value in the history), in the confirm transaction. */
	@Override
	public ImportCounts save(CheckedFile checked, SignedInUser user, long batchId) {
		return recorder.recordAll(checked.entries(), user.getUsername(), batchId);
	}

	private static String text(RowErrors errors, CsvRow row, String column, int max) {
		String value = row.get(column);
		if (value != null && value.length() > max) {
			errors.add(row, column, "measurement.import.tooLong", column, max);
		}
		return value;
	}
}

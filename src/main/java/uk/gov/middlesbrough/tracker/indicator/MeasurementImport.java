package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.ImportBatches;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportPreview;
import uk.gov.middlesbrough.tracker.importing.ImportRefused;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.importing.RowErrors;
import uk.gov.middlesbrough.tracker.importing.StagedImport;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries.CurrentFigure;
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
class MeasurementImport {

	static final String KIND = "MEASUREMENTS";
	static final List<String> REQUIRED = List.of("indicator", "locality", "period", "value");
	static final List<String> OPTIONAL = List.of("note", "source_reference");
	static final List<String> PREVIEW_COLUMNS = List.of("measurement.import.col.indicator", "measurement.import.col.locality",
			"measurement.import.col.period", "measurement.import.col.value", "measurement.import.col.sourceReference");

	private final IndicatorQueries indicators;
	private final LocalityQueries localities;
	private final ImportBatches batches;
	private final MeasurementRecorder recorder;
	private final ImportSettings settings;
	private final Clock clock;

	MeasurementImport(IndicatorQueries indicators, LocalityQueries localities, ImportBatches batches, MeasurementRecorder recorder,
			ImportSettings settings, Clock clock) {
		this.indicators = indicators;
		this.localities = localities;
		this.batches = batches;
		this.recorder = recorder;
		this.settings = settings;
		this.clock = clock;
	}

	/** Reads an upload; refuses the whole file (ImportRefused) if it is not a readable measurements CSV. */
	CsvFile read(String fileName, byte[] bytes) {
		return CsvFile.read(fileName, bytes, REQUIRED, OPTIONAL, settings);
	}

	/** Checks every row of the file and collects every problem. */
	@Transactional(readOnly = true)
	CheckedFile check(CsvFile file, SignedInUser user) {
		Map<String, IndicatorView> byCode = indicators.library().stream()
				.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		Map<String, LocalityView> byName = new HashMap<>();
		localities.all().forEach(locality -> byName.put(locality.name().toLowerCase(Locale.ROOT), locality));
		LocalDate today = AsOf.now(clock).day();
		RowErrors errors = new RowErrors();
		Map<FigureKey, Integer> seen = new HashMap<>();
		List<CheckedFile.CheckedRow> rows = new ArrayList<>();
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
			else if (locality != null && !user.mayEnterFiguresFor(locality.id())) {
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
				rows.add(new CheckedFile.CheckedRow(row.number(),
						new FigureEntry(indicator.id(), locality.id(), period, value, note, source), indicator, locality.name()));
			}
		}
		return new CheckedFile(rows, errors.list());
	}

	/** What a staged file would change, compared with what is recorded now. */
	@Transactional(readOnly = true)
	Previewed preview(StagedImport staged, SignedInUser user) {
		CheckedFile checked = check(CsvFile.parse(staged.content(), REQUIRED, OPTIONAL, settings), user);
		if (checked.hasErrors()) {
			return new Previewed(null, checked);
		}
		Map<FigureKey, CurrentFigure> current = indicators.currentFigures(indicatorIds(checked));
		List<PreviewRow> rows = new ArrayList<>();
		for (CheckedFile.CheckedRow row : checked.rows()) {
			FigureEntry entry = row.entry();
			CurrentFigure now = current.get(entry.key());
			ChangeKind change = now == null ? ChangeKind.NEW
					: Measurement.sameAs(now.value(), now.note(), now.sourceReference(), entry) ? ChangeKind.UNCHANGED
							: ChangeKind.CORRECTED;
			IndicatorView indicator = row.indicator();
			rows.add(new PreviewRow(row.number(), change, List.of(indicator.code(), row.localityName(),
					indicator.period(entry.period()), indicator.format(entry.value()),
					entry.sourceReference() == null ? "" : entry.sourceReference()),
					now == null ? "" : indicator.format(now.value())));
		}
		return new Previewed(new ImportPreview(staged.id(), staged.fileName(), PREVIEW_COLUMNS, rows), checked);
	}

	/**
	 * Saves a staged file in one transaction: re-read, re-checked against the database now, every changed row
	 * saved (corrections keep the old value in the history) and the batch marked confirmed, or nothing at all.
	 */
	@Transactional
	Confirmed confirm(long batchId, SignedInUser user) {
		if (!user.mayEnterFigures()) {
			throw new AccessDeniedException("Not allowed to import figures");
		}
		StagedImport staged = batches.find(batchId, KIND, user.getUsername())
				.orElseThrow(() -> new ImportRefused("import.refused.expired"));
		if (staged.confirmed()) {
			throw new ImportRefused("import.refused.alreadyConfirmed");
		}
		CheckedFile checked = check(CsvFile.parse(staged.content(), REQUIRED, OPTIONAL, settings), user);
		if (checked.hasErrors()) {
			return new Confirmed(null, checked);
		}
		ImportCounts counts = recorder.recordAll(checked.entries(), user.getUsername(), batchId);
		batches.confirmed(batchId, counts);
		return new Confirmed(counts, checked);
	}

	private static Set<Long> indicatorIds(CheckedFile checked) {
		return checked.rows().stream().map(row -> row.entry().indicatorId()).collect(Collectors.toSet());
	}

	private static String text(RowErrors errors, CsvRow row, String column, int max) {
		String value = row.get(column);
		if (value != null && value.length() > max) {
			errors.add(row, column, "measurement.import.tooLong", column, max);
		}
		return value;
	}

	/** A preview, or (if the file no longer passes its checks) the problems. */
	record Previewed(ImportPreview preview, CheckedFile checked) {
	}

	/** What a confirmation saved, or (if the file no longer passes its checks) the problems; nothing was saved then. */
	record Confirmed(ImportCounts counts, CheckedFile checked) {
	}
}

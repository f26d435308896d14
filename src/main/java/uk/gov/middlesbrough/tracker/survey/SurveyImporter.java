package uk.gov.middlesbrough.tracker.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportBatches;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportRefused;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.importing.StagedImport;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.NewWave;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.PlannedRow;
import uk.gov.middlesbrough.tracker.survey.SurveyImportData.WaveKey;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The survey results import: check an upload in full and stage it, show what a staged file would change
 * now, and save it all in one transaction (or nothing, if a check now fails).
 */
@Component
class SurveyImporter {

	private final ImportBatches batches;
	private final ImportSettings settings;
	private final SurveyQueries queries;
	private final SurveyWaveRepository waves;
	private final SurveyResultRepository results;
	private final ResultWriter writer;
	private final Clock clock;

	SurveyImporter(ImportBatches batches, ImportSettings settings, SurveyQueries queries, SurveyWaveRepository waves,
			SurveyResultRepository results, ResultWriter writer, Clock clock) {
		this.batches = batches;
		this.settings = settings;
		this.queries = queries;
		this.waves = waves;
		this.results = results;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Reads and checks an upload; stages it only if every row is right.
	 *
	 * @throws ImportRefused if the file as a whole cannot be read (empty, too large, not CSV, bad columns)
	 */
	Upload upload(String fileName, byte[] bytes, SignedInUser user) {
		checkMayImport(user);
		CsvFile file = SurveyImportFile.read(fileName, bytes, settings);
		SurveyImportCheck check = SurveyImportRules.check(file, user, queries.importData(), today());
		if (check.hasErrors()) {
			return new Upload(null, check.errors());
		}
		return new Upload(batches.stage(SurveyImportFile.KIND, fileName, file, user.getUsername()), List.of());
	}

	/** A staged file checked against the database as it is now. */
	Review review(long batchId, SignedInUser user) {
		checkMayImport(user);
		StagedImport staged = staged(batchId, user);
		return new Review(staged, check(staged, user));
	}

	/** Saves every row of a staged file that changes something, with the batch's record, in one transaction. */
	@Transactional
	Review confirm(long batchId, SignedInUser user) {
		checkMayImport(user);
		StagedImport staged = staged(batchId, user);
		SurveyImportCheck check = check(staged, user);
		if (check.hasErrors()) {
			return new Review(staged, check);
		}
		Map<WaveKey, Long> created = createWaves(check.newWaves(), staged, user);
		Map<Long, List<SurveyResult>> existing = new HashMap<>();
		for (PlannedRow row : check.rows()) {
			if (row.change() == ChangeKind.UNCHANGED) {
				continue;
			}
			long waveId = row.wave() != null ? row.wave().id()
					: created.get(new WaveKey(row.locality().id(), SurveyImportData.normalise(row.waveName())));
			SurveyResult result = row.change() == ChangeKind.NEW ? null : existing(existing, waveId, row);
			writer.write(result, waveId, row.question().id(), row.percent(), row.respondents(), user.getUsername(), batchId);
		}
		batches.confirmed(batchId, check.counts());
		return new Review(staged, check);
	}

	private Map<WaveKey, Long> createWaves(List<NewWave> newWaves, StagedImport staged, SignedInUser user) {
		Map<WaveKey, Long> created = new HashMap<>();
		for (NewWave wave : newWaves) {
			try {
				SurveyWave saved = waves.saveAndFlush(new SurveyWave(wave.locality().id(),
						new WaveDetails(wave.name(), wave.fieldworkDate(), null, null), clock.instant(), user.getUsername()));
				created.put(new WaveKey(wave.locality().id(), SurveyImportData.normalise(wave.name())), saved.getId());
			}
			catch (DataIntegrityViolationException ex) {
				// Someone added a wave of that name since the check: nothing of this import is kept.
				throw new FigureChangedMeanwhile();
			}
		}
		return created;
	}

	/** The result a CORRECTED row replaces, unchanged since the check (else the whole import is refused). */
	private SurveyResult existing(Map<Long, List<SurveyResult>> cache, long waveId, PlannedRow row) {
		List<SurveyResult> ofWave = cache.computeIfAbsent(waveId, results::findBySurveyWaveId);
		SurveyResult result = ofWave.stream().filter(found -> found.getSurveyQuestionId() == row.question().id()).findFirst()
				.orElseThrow(FigureChangedMeanwhile::new);
		if (result.getVersion() != row.previous().version()) {
			throw new FigureChangedMeanwhile();
		}
		return result;
	}

	private SurveyImportCheck check(StagedImport staged, SignedInUser user) {
		CsvFile file = SurveyImportFile.parse(staged.content(), settings);
		return SurveyImportRules.check(file, user, queries.importData(), today());
	}

	private StagedImport staged(long batchId, SignedInUser user) {
		StagedImport staged = batches.find(batchId, SurveyImportFile.KIND, user.getUsername())
				.orElseThrow(() -> new ImportRefused("import.refused.expired"));
		if (staged.confirmed()) {
			throw new ImportRefused("import.refused.alreadyConfirmed");
		}
		return staged;
	}

	private LocalDate today() {
		return AsOf.now(clock).day();
	}

	static void checkMayImport(SignedInUser user) {
		if (!user.mayEnterFigures()) {
			throw new AccessDeniedException("Not allowed to import survey results");
		}
	}

	/** An upload: staged as {@code batchId}, or refused with its rows' problems. */
	record Upload(Long batchId, List<RowError> errors) {
	}

	/** A staged file and what it would do now (or its problems now). */
	record Review(StagedImport staged, SurveyImportCheck check) {

		ImportCounts counts() {
			return check.counts();
		}
	}
}

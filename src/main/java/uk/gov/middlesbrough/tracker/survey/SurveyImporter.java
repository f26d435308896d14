package uk.gov.middlesbrough.tracker.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.ImportPage;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.NewWave;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.PlannedRow;
import uk.gov.middlesbrough.tracker.survey.SurveyImportData.WaveKey;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * The survey results import, run by the shared import flow: every row checked (unknown locality or question, a bad
 * percentage or date, a repeated row, another locality's row), what a staged file would change now (new waves
 * included), and saving it all in the confirm transaction.
 */
@Component
class SurveyImporter extends ImportKind<SurveyImportCheck> {

	private static final List<String> RULES = List.of("survey.import.rules.locality", "survey.import.rules.wave",
			"survey.import.rules.waveDate", "survey.import.rules.question", "survey.import.rules.percentage",
			"survey.import.rules.respondents", "survey.import.rules.repeat", "survey.import.rules.allOrNothing");
	private static final List<String> PREVIEW_COLUMNS = List.of("survey.import.col.locality", "survey.import.col.wave",
			"survey.import.col.waveDate", "survey.import.col.question", "survey.import.col.percentage",
			"survey.import.col.respondents");
	private static final ImportSpec SPEC = new ImportSpec(SurveyImportFile.KIND, "/surveys/import", SurveyImportFile.REQUIRED,
			SurveyImportFile.OPTIONAL, RULES, PREVIEW_COLUMNS, "survey.import.changedMeanwhile", "survey-results-template.csv",
			SurveyImportFile.TEMPLATE_ROWS);
	private static final ImportPage PAGE = new ImportPage("survey.import.caption", "survey.import.title",
			List.of(ImportPage.Text.of("survey.import.intro")), new ImportPage.Link("/surveys", "survey.page.allSurveys"));

	private final SurveyQueries queries;
	private final SurveyWaveRepository waves;
	private final SurveyResultRepository results;
	private final ResultWriter writer;
	private final MessageSource messages;
	private final Clock clock;
	private final JdbcTemplate jdbc;

	SurveyImporter(SurveyQueries queries, SurveyWaveRepository waves, SurveyResultRepository results, ResultWriter writer,
			MessageSource messages, Clock clock, JdbcTemplate jdbc) {
		super(SPEC, SurveyPermissions::mayEnterFigures, SurveyPermissions::mayEnterFiguresFor);
		this.jdbc = jdbc;
		this.queries = queries;
		this.waves = waves;
		this.results = results;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public ImportPage page(SignedInUser user) {
		return PAGE;
	}

	@Override
	public ImportPage.Link savedLink(SurveyImportCheck checked) {
		Map<Long, String> localities = new LinkedHashMap<>();
		checked.rows().forEach(row -> localities.put(row.locality().id(), row.locality().name()));
		return savedLink(localities, "/localities/{locality}/surveys", "/surveys");
	}

	/** The first two questions' results of the locality's latest wave, as recorded. */
	@Override
	protected List<String> ownLocalityRows(long localityId) {
		return jdbc.query("""
				select l.name as locality, w.name as wave, w.fieldwork_date, q.code, r.percentage_agreeing, r.respondents
				from survey_result r join survey_wave w on w.id = r.survey_wave_id join survey_question q on q.id = r.survey_question_id
				join locality l on l.id = w.locality_id
				where w.id = (select id from survey_wave where locality_id = ? order by fieldwork_date desc, id desc limit 1)
				order by q.position limit 2""", (rs, row) -> ImportSpec.csvLine(rs.getString("locality"), rs.getString("wave"),
				rs.getObject("fieldwork_date", LocalDate.class), rs.getString("code"),
				rs.getBigDecimal("percentage_agreeing").stripTrailingZeros().toPlainString(), rs.getObject("respondents")),
				localityId);
	}

	@Override
	public SurveyImportCheck check(CsvFile file, SignedInUser user) {
		return SurveyImportRules.check(file, user, localityId -> mayImport(user, localityId), queries.importData(),
				AsOf.now(clock).day());
	}

	@Override
	public List<PreviewRow> preview(SurveyImportCheck checked) {
		return checked.rows().stream().map(this::previewRow).toList();
	}

	/** The preview also lists the waves the import will add. */
	@Override
	public ImportPage.Note previewNote(SurveyImportCheck checked) {
		return new ImportPage.Note("new-waves", "survey.import.newWaves", "survey.import.newWavesIntro",
				checked.newWaves().stream().map(wave -> ImportPage.Text.of("survey.import.newWaveItem", wave.name(),
						wave.locality().name(), UkText.day(wave.fieldworkDate()))).toList());
	}

	/** Every row that changes something saved, new waves first, in the confirm transaction. */
	@Override
	public ImportCounts save(SurveyImportCheck check, SignedInUser user, long batchId) {
		Map<WaveKey, Long> created = createWaves(check.newWaves(), user);
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
		return check.counts();
	}

	private Map<WaveKey, Long> createWaves(List<NewWave> newWaves, SignedInUser user) {
		Map<WaveKey, Long> created = new HashMap<>();
		for (NewWave wave : newWaves) {
			try {
				SurveyWave saved = waves.saveAndFlush(new SurveyWave(wave.locality().id(),
						new WaveDetails(wave.name(), wave.fieldworkDate(), null, null), clock.instant(), user.getUsername()));
				created.put(new WaveKey(wave.locality().id(), SurveyImportData.normalise(wave.name())), saved.getId());
			}
			catch (DataIntegrityViolationException ex) {
				// Someone added a wave of that name since the check: nothing of this import is kept.
				throw new ChangedMeanwhile();
			}
		}
		return created;
	}

	/** The result a CORRECTED row replaces, unchanged since the check (else the whole import is refused). */
	private SurveyResult existing(Map<Long, List<SurveyResult>> cache, long waveId, PlannedRow row) {
		List<SurveyResult> ofWave = cache.computeIfAbsent(waveId, results::findBySurveyWaveId);
		SurveyResult result = ofWave.stream().filter(found -> found.getSurveyQuestionId() == row.question().id()).findFirst()
				.orElseThrow(ChangedMeanwhile::new);
		ChangedMeanwhile.unlessStill(row.previous().version(), result.getVersion());
		return result;
	}

	private PreviewRow previewRow(PlannedRow row) {
		String wave = row.wave() == null ? message("survey.import.newWave", row.waveName()) : row.waveName();
		String respondents = row.respondents() == null ? message("value.notRecorded") : String.valueOf(row.respondents());
		List<String> cells = List.of(row.locality().name(), wave, row.waveDate().toString(), row.question().text(),
				message("survey.percent", row.percent().text()), respondents);
		String previous = row.previous() == null ? ""
				: row.previous().respondents() == null ? message("survey.percent", row.previous().percent().text())
						: message("survey.import.previous", row.previous().percent().text(), row.previous().respondents());
		return new PreviewRow(row.row(), row.change(), cells, previous);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}

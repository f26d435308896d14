package uk.gov.middlesbrough.tracker.survey;

import static uk.gov.middlesbrough.tracker.survey.SurveyImportFile.LOCALITY;
import static uk.gov.middlesbrough.tracker.survey.SurveyImportFile.PERCENTAGE;
import static uk.gov.middlesbrough.tracker.survey.SurveyImportFile.QUESTION;
import static uk.gov.middlesbrough.tracker.survey.SurveyImportFile.RESPONDENTS;
import static uk.gov.middlesbrough.tracker.survey.SurveyImportFile.WAVE;
import static uk.gov.middlesbrough.tracker.survey.SurveyImportFile.WAVE_DATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.RowErrors;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.NewWave;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.PlannedRow;
import uk.gov.middlesbrough.tracker.survey.SurveyImportData.WaveKey;

/**
 * Checks every row of a survey results file and notes every problem (nothing stops at the first): unknown
 * locality or question, a locality the user may not enter figures for, bad or future dates, a percentage
 * that is not a number from 0 to 100 with at most two decimals, respondents that are not a whole number of
 * 1 or more, a row repeating an earlier one, and a wave date that disagrees with the wave already recorded
 * (or with another row of a wave the file creates).
 */
public final class SurveyImportRules {

	public static final int WAVE_NAME_MAX = 100;

	private final SurveyImportData data;
	private final SignedInUser user;
	private final LongPredicate mayImportFor;
	private final LocalDate today;
	private final RowErrors errors = new RowErrors();
	private final List<PlannedRow> planned = new ArrayList<>();
	private final Map<String, Integer> firstRowOfFigure = new HashMap<>();
	private final Map<WaveKey, NewWaveSeen> newWaves = new LinkedHashMap<>();

	private SurveyImportRules(SurveyImportData data, SignedInUser user, LongPredicate mayImportFor, LocalDate today) {
		this.data = data;
		this.user = user;
		this.mayImportFor = mayImportFor;
		this.today = today;
	}

	/**
	 * @param user who imports (a refused row names their own locality)
	 * @param mayImportFor the import's rule for whose locality's rows the user may import
	 */
	static SurveyImportCheck check(CsvFile file, SignedInUser user, LongPredicate mayImportFor, SurveyImportData data,
			LocalDate today) {
		SurveyImportRules rules = new SurveyImportRules(data, user, mayImportFor, today);
		file.rows().forEach(rules::check);
		if (!rules.errors.isEmpty()) {
			return new SurveyImportCheck(rules.errors.list(), List.of(), List.of());
		}
		List<NewWave> waves = rules.newWaves.values().stream().map(NewWaveSeen::wave).toList();
		return new SurveyImportCheck(List.of(), rules.planned, waves);
	}

	private void check(CsvRow row) {
		LocalityView locality = locality(row);
		String waveName = waveName(row);
		LocalDate waveDate = waveDate(row);
		QuestionView question = question(row);
		PercentAgreeing percent = percent(row);
		Integer respondents = respondents(row);
		if (locality == null || waveName == null || question == null) {
			return;
		}
		String figureKey = locality.id() + "\n" + SurveyImportData.normalise(waveName) + "\n" + question.id();
		Integer earlier = firstRowOfFigure.putIfAbsent(figureKey, row.number());
		if (earlier != null) {
			errors.add(row, QUESTION, "import.error.duplicate", earlier);
			return;
		}
		WaveView wave = data.wave(locality.id(), waveName);
		if (waveDate != null) {
			checkWaveDate(row, locality, waveName, waveDate, wave);
		}
		if (waveDate == null || percent == null || (row.get(RESPONDENTS) != null && respondents == null)) {
			return;
		}
		Figure previous = wave == null ? null : data.figure(wave.id(), question.id());
		ChangeKind change = previous == null ? ChangeKind.NEW
				: previous.percent().sameAs(percent) && Objects.equals(previous.respondents(), respondents) ? ChangeKind.UNCHANGED
						: ChangeKind.CORRECTED;
		planned.add(new PlannedRow(row.number(), locality, wave == null ? newWaveName(locality, waveName) : wave.name(), waveDate,
				wave, question, percent, respondents, change, previous));
	}

	private LocalityView locality(CsvRow row) {
		String name = errors.required(row, LOCALITY);
		if (name == null) {
			return null;
		}
		LocalityView locality = data.locality(name);
		if (locality == null) {
			errors.add(row, LOCALITY, "survey.import.error.locality", name, names(data.localities().values().stream()
					.map(LocalityView::name)));
			return null;
		}
		if (!mayImportFor.test(locality.id())) {
			String own = data.localities().values().stream().filter(l -> Long.valueOf(l.id()).equals(user.localityId()))
					.map(LocalityView::name).findFirst().orElse("");
			errors.add(row, LOCALITY, "survey.import.error.notYourLocality", locality.name(), own);
			return null;
		}
		return locality;
	}

	private String waveName(CsvRow row) {
		String name = errors.required(row, WAVE);
		if (name == null) {
			return null;
		}
		String tidy = WaveNames.tidy(name);
		if (tidy.length() > WAVE_NAME_MAX) {
			errors.add(row, WAVE, "survey.import.error.waveName", WAVE_NAME_MAX);
			return null;
		}
		return tidy;
	}

	private LocalDate waveDate(CsvRow row) {
		LocalDate date = errors.date(row, WAVE_DATE);
		if (date != null && date.isAfter(today)) {
			errors.add(row, WAVE_DATE, "survey.import.error.waveDateFuture");
			return null;
		}
		return date;
	}

	private void checkWaveDate(CsvRow row, LocalityView locality, String waveName, LocalDate waveDate, WaveView wave) {
		if (wave != null) {
			if (!wave.fieldworkDate().equals(waveDate)) {
				errors.add(row, WAVE_DATE, "survey.import.error.waveDateDiffers", wave.fieldworkDate().toString(), wave.name(),
						locality.name());
			}
			return;
		}
		WaveKey key = new WaveKey(locality.id(), SurveyImportData.normalise(waveName));
		NewWaveSeen seen = newWaves.putIfAbsent(key, new NewWaveSeen(row.number(), new NewWave(locality, waveName, waveDate)));
		if (seen != null && !seen.wave().fieldworkDate().equals(waveDate)) {
			errors.add(row, WAVE_DATE, "survey.import.error.newWaveDateDiffers", seen.wave().name(), seen.row(),
					seen.wave().fieldworkDate().toString());
		}
	}

	/** A new wave's name as its first row spells it, so "september 2022" on a later row is the same wave. */
	private String newWaveName(LocalityView locality, String waveName) {
		NewWaveSeen seen = newWaves.get(new WaveKey(locality.id(), SurveyImportData.normalise(waveName)));
		return seen == null ? waveName : seen.wave().name();
	}

	private QuestionView question(CsvRow row) {
		String code = errors.required(row, QUESTION);
		if (code == null) {
			return null;
		}
		QuestionView question = data.question(code);
		if (question == null) {
			errors.add(row, QUESTION, "survey.import.error.question", code,
					names(data.questions().values().stream().map(QuestionView::code)));
		}
		return question;
	}

	private PercentAgreeing percent(CsvRow row) {
		BigDecimal number = errors.number(row, PERCENTAGE);
		if (number == null) {
			return null;
		}
		PercentAgreeing.Problem problem = PercentAgreeing.problemWith(number);
		if (problem != null) {
			errors.add(row, PERCENTAGE, "survey.import.error.percentage." + problem.name());
			return null;
		}
		return new PercentAgreeing(number);
	}

	private Integer respondents(CsvRow row) {
		Integer respondents = errors.wholeNumber(row, RESPONDENTS, true);
		if (respondents != null && respondents < 1) {
			errors.add(row, RESPONDENTS, "survey.import.error.respondents");
			return null;
		}
		return respondents;
	}

	private static String names(java.util.stream.Stream<String> names) {
		return names.sorted().collect(Collectors.joining(", "));
	}

	private record NewWaveSeen(int row, NewWave wave) {
	}
}

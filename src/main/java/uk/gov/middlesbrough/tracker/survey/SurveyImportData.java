package uk.gov.middlesbrough.tracker.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;

/**
 * What an import's rows are checked against, read once: localities by name, questions by code, waves by
 * locality and name (case and surrounding spaces ignored), and the figure each wave already holds per question.
 */
record SurveyImportData(Map<String, LocalityView> localities, Map<String, QuestionView> questions,
		Map<WaveKey, WaveView> waves, Map<ResultKey, Figure> figures) {

	SurveyImportData(List<LocalityView> localities, List<QuestionView> questions, List<WaveView> waves,
			Map<ResultKey, Figure> figures) {
		this(byKey(localities, locality -> normalise(locality.name())), byKey(questions, question -> normalise(question.code())),
				byKey(waves, wave -> new WaveKey(wave.localityId(), normalise(wave.name()))), figures);
	}

	LocalityView locality(String name) {
		return localities.get(normalise(name));
	}

	QuestionView question(String code) {
		return questions.get(normalise(code));
	}

	WaveView wave(long localityId, String name) {
		return waves.get(new WaveKey(localityId, normalise(name)));
	}

	Figure figure(long waveId, long questionId) {
		return figures.get(new ResultKey(waveId, questionId));
	}

	static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static <K, V> Map<K, V> byKey(List<V> values, java.util.function.Function<V, K> key) {
		Map<K, V> map = new HashMap<>();
		values.forEach(value -> map.put(key.apply(value), value));
		return map;
	}

	/** A locality's wave, by its name as compared (lower case, single spaces). */
	record WaveKey(long localityId, String name) {
	}

	record ResultKey(long waveId, long questionId) {
	}
}

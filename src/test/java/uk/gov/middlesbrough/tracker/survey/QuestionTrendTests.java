package uk.gov.middlesbrough.tracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend.Figure;

/** A question's rows across waves: intervals, changes, the verdicts and where the sample size comes from. */
class QuestionTrendTests {

	private static final QuestionView SAFE_DAY = new QuestionView(1, "safe_day", "Feeling safe during the day", 1);

	private static WaveView wave(long id, String name, LocalDate date, Integer respondents) {
		return new WaveView(id, 7, name, date, respondents, null);
	}

	private static Figure figure(String percent, Integer respondents) {
		return new Figure(new PercentAgreeing(new BigDecimal(percent)), respondents, 0);
	}

	private final WaveView september2020 = wave(1, "September 2020", LocalDate.of(2020, 9, 1), null);
	private final WaveView march2021 = wave(2, "March 2021", LocalDate.of(2021, 3, 1), null);
	private final WaveView september2021 = wave(3, "September 2021", LocalDate.of(2021, 9, 1), null);

	@Test
	void withoutSampleSizesThereIsNoIntervalAndNoVerdictButThePointsAreExact() {
		QuestionTrend trend = QuestionTrend.of(SAFE_DAY, List.of(september2020, march2021, september2021),
				Map.of(1L, figure("31.18", null), 2L, figure("35.49", null), 3L, figure("68.65", null)));

		assertThat(trend.rows()).extracting(row -> row.percent().text()).containsExactly("31.18", "35.49", "68.65");
		assertThat(trend.rows()).allSatisfy(row -> {
			assertThat(row.respondents()).isNull();
			assertThat(row.interval()).isNull();
		});
		assertThat(trend.rows().get(0).change()).isNull();
		// 35.49 − 31.18 = 4.31 points; 68.65 − 35.49 = 33.16 points
		WaveChange first = trend.rows().get(1).change();
		assertThat(first.fromWave()).isEqualTo("September 2020");
		assertThat(first.pointsText()).isEqualTo("4.31");
		assertThat(first.direction()).isEqualTo("UP");
		assertThat(first.verdict()).isEqualTo(ChangeVerdict.SAMPLE_SIZE_NOT_RECORDED);
		assertThat(first.pValue()).isNull();
		assertThat(trend.rows().get(2).change().pointsText()).isEqualTo("33.16");
		// Overall: 68.65 − 31.18 = 37.47 points from the first wave to the latest
		assertThat(trend.overall().pointsText()).isEqualTo("37.47");
		assertThat(trend.overall().fromWave()).isEqualTo("September 2020");
		assertThat(trend.overall().verdict()).isEqualTo(ChangeVerdict.SAMPLE_SIZE_NOT_RECORDED);
	}

	@Test
	void withSampleSizesEachFigureHasAWilsonIntervalAndEachChangeAVerdict() {
		// The same figures as the papers' Newport daytime series, with invented samples of 93, 93 and 185.
		QuestionTrend trend = QuestionTrend.of(SAFE_DAY, List.of(september2020, march2021, september2021),
				Map.of(1L, figure("31.18", 93), 2L, figure("35.49", 93), 3L, figure("68.65", 185)));

		ResultRow first = trend.rows().get(0);
		// WilsonIntervalTests: 31.18 % of 93 → 0.22670401 to 0.41182684, shown to one decimal as 22.7 % to 41.2 %
		assertThat(first.intervalLowerPercent()).isEqualByComparingTo("22.7");
		assertThat(first.intervalUpperPercent()).isEqualByComparingTo("41.2");
		// TwoProportionTestTests: 31.18 % of 93 → 35.49 % of 93: z = 0.623454, p = 0.533, not significant
		assertThat(trend.rows().get(1).change().verdict()).isEqualTo(ChangeVerdict.NOT_SIGNIFICANT);
		assertThat(trend.rows().get(1).change().pValue()).isCloseTo(0.53299, within(0.0001));
		// 35.49 % of 93 → 68.65 % of 185: pooled = (33.0057 + 127.0025) / 278 = 160.0082 / 278 = 0.57556906,
		// se = √(0.57556906 × 0.42443094 × (1/93 + 1/185)) = √(0.24428932 × 0.01615809) = 0.06282714,
		// z = 0.3316 / 0.06282714 = 5.278, p ≈ 1.3 × 10⁻⁷ < 0.05: significant
		assertThat(trend.rows().get(2).change().verdict()).isEqualTo(ChangeVerdict.SIGNIFICANT);
		assertThat(trend.rows().get(2).change().pValue()).isCloseTo(1.306e-7, within(0.001e-7));
		assertThat(trend.overall().verdict()).isEqualTo(ChangeVerdict.SIGNIFICANT);
	}

	@Test
	void theWavesRespondentsStandInWhenTheQuestionHasNoneAndOneUnknownSizeMeansCannotTell() {
		WaveView withSize = wave(4, "March 2022", LocalDate.of(2022, 3, 1), 120);
		QuestionTrend trend = QuestionTrend.of(SAFE_DAY, List.of(september2021, withSize),
				Map.of(3L, figure("77.14", null), 4L, figure("80", null)));

		ResultRow latest = trend.rows().get(1);
		assertThat(latest.respondents()).isEqualTo(120);
		assertThat(latest.respondentsFromWave()).isTrue();
		assertThat(latest.interval()).isNotNull();
		// 80 − 77.14 = 2.86 points, but September 2021 has no sample size: nothing is guessed
		assertThat(latest.change().pointsText()).isEqualTo("2.86");
		assertThat(latest.change().verdict()).isEqualTo(ChangeVerdict.SAMPLE_SIZE_NOT_RECORDED);
	}

	@Test
	void aWaveWithoutAFigureIsShownAsNotRecordedAndSkippedByTheNextChange() {
		QuestionTrend trend = QuestionTrend.of(SAFE_DAY, List.of(september2020, march2021, september2021),
				Map.of(1L, figure("13.04", 50), 3L, figure("31.42", 60)));

		assertThat(trend.rows().get(1).recorded()).isFalse();
		assertThat(trend.recorded()).hasSize(2);
		WaveChange change = trend.rows().get(2).change();
		assertThat(change.fromWave()).isEqualTo("September 2020");
		assertThat(change.pointsText()).isEqualTo("18.38");
		assertThat(trend.latest().wave().name()).isEqualTo("September 2021");
	}

	@Test
	void aSingleFigureHasNoChangeAndNoOverallChange() {
		QuestionTrend trend = QuestionTrend.of(SAFE_DAY, List.of(september2020), Map.of(1L, figure("9.68", null)));
		assertThat(trend.rows().get(0).change()).isNull();
		assertThat(trend.overall()).isNull();
		QuestionTrend empty = QuestionTrend.of(SAFE_DAY, List.of(september2020), Map.of());
		assertThat(empty.latest()).isNull();
		assertThat(empty.overall()).isNull();
	}

	@Test
	void aFallReadsDownAndNoChangeReadsSame() {
		QuestionTrend trend = QuestionTrend.of(SAFE_DAY, List.of(september2020, march2021, september2021),
				Map.of(1L, figure("51.51", null), 2L, figure("32.61", null), 3L, figure("32.61", null)));
		assertThat(trend.rows().get(1).change().direction()).isEqualTo("DOWN");
		assertThat(trend.rows().get(1).change().pointsText()).isEqualTo("18.9");
		assertThat(trend.rows().get(2).change().direction()).isEqualTo("SAME");
		assertThat(trend.rows().get(2).change().pointsText()).isEqualTo("0");
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A measurement is never overwritten silently: each value it takes leaves a revision and an event. */
class MeasurementTests {

	private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
	private static final Instant NOON = Instant.parse("2026-04-02T12:00:00Z");

	private final Measurement measurement = withId(new Measurement(entry("42", "Police data", "ASB-0326")), 9);

	@Test
	void theFirstRevisionRecordsTheValueAndAnnouncesIt() {
		MeasurementRevision revision = measurement.recorded("analyst", NOON, null);

		assertThat(revision).extracting("measurementId", "kind", "oldValue", "value", "note", "recordedBy")
			.containsExactly(9L, RevisionKind.RECORDED, null, new BigDecimal("42"), "Police data", "analyst");
		assertThat(events(measurement)).singleElement()
			.isEqualTo(new MeasurementRecorded(2, 3, MARCH, null, new BigDecimal("42"), "analyst", NOON, null));
	}

	@Test
	void aCorrectionKeepsTheOldValueBesideTheNew() {
		MeasurementRevision revision = measurement.correct(entry("45", "Police data, revised", null), "head", NOON, 77L)
			.orElseThrow();

		assertThat(measurement.getValue()).isEqualByComparingTo("45");
		// A correction without a source reference keeps the one recorded.
		assertThat(revision).extracting("kind", "oldValue", "value", "note", "sourceReference", "importBatchId")
			.containsExactly(RevisionKind.CORRECTED, new BigDecimal("42"), new BigDecimal("45"), "Police data, revised",
					"ASB-0326", 77L);
		MeasurementRecorded event = (MeasurementRecorded) events(measurement).get(0);
		assertThat(event.corrected()).isTrue();
		assertThat(event).isEqualTo(
				new MeasurementRecorded(2, 3, MARCH, new BigDecimal("42"), new BigDecimal("45"), "head", NOON, 77L));
	}

	@Test
	void theSameFigureIsNoCorrection() {
		// 42.00 is 42, and a blank note or source keeps the recorded one.
		assertThat(measurement.correct(entry("42.00", null, null), "head", NOON, null)).isEmpty();
		assertThat(measurement.getValue()).isEqualByComparingTo("42");
		assertThat(events(measurement)).isEmpty();
	}

	private static FigureEntry entry(String value, String note, String source) {
		return new FigureEntry(2, 3, MARCH, new BigDecimal(value), note, source);
	}
}

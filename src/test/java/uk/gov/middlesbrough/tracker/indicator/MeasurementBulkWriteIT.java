package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** An import's figures written in a fixed number of statements, with the rules a figure typed on a page follows. */
@Transactional
class MeasurementBulkWriteIT extends IntegrationTest {

	@Autowired
	MeasurementBulkWrite bulk;

	private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");
	private static final LocalDate MAY = LocalDate.of(2024, 5, 31);
	private static final LocalDate APRIL = LocalDate.of(2024, 4, 30);

	@Test
	void newFiguresAreRecordedWithTheirFirstRevisionAndCorrectionsKeepTheOldValueUnlessChangedMeanwhile() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		long indicator = fixtures.indicator("bulk-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "1");
		long locality = fixtures.locality("Bulk Ward " + System.nanoTime());
		long batch = jdbc.queryForObject("""
				insert into import_batch (kind, file_name, content, sha256, row_count, uploaded_by)
				values ('MEASUREMENTS', 'f.csv', '', repeat('0', 64), 2, 'head') returning id""", Long.class);

		FigureEntry april = new FigureEntry(indicator, locality, APRIL, new BigDecimal("30"), "first", "Source A");
		FigureEntry may = new FigureEntry(indicator, locality, MAY, new BigDecimal("25"), null, "Source A");
		bulk.insert(List.of(april, may), "head", NOW, batch);

		Map<FigureKey, MeasurementBulkWrite.Recorded> recorded = bulk.recorded(List.of(april, may));
		assertThat(recorded).hasSize(2);
		assertThat(jdbc.queryForList("""
				select r.kind from measurement_revision r join measurement m on m.id = r.measurement_id
				where m.indicator_id = ? and r.import_batch_id = ?""", String.class, indicator, batch))
			.containsExactly("RECORDED", "RECORDED");
		assertThat(jdbc.queryForObject("select latest_value from measurement_latest where indicator_id = ? and locality_id = ?",
				BigDecimal.class, indicator, locality)).isEqualByComparingTo("25");

		MeasurementBulkWrite.Recorded aprilNow = recorded.get(april.key());
		FigureEntry aprilCorrected = new FigureEntry(indicator, locality, APRIL, new BigDecimal("28"), null, null);
		// A stale version (someone changed the figure since it was read): nothing is applied.
		assertThat(bulk.correct(List.of(new MeasurementBulkWrite.Correction(aprilNow.id(), aprilNow.version() - 1,
				aprilNow.value(), aprilCorrected)), "head", NOW, batch)).isZero();
		assertThat(bulk.correct(List.of(new MeasurementBulkWrite.Correction(aprilNow.id(), aprilNow.version(),
				aprilNow.value(), aprilCorrected)), "head", NOW, batch)).isEqualTo(1);

		Map<String, Object> figure = jdbc.queryForMap("select value, note, source_reference, version from measurement where id = ?",
				aprilNow.id());
		assertThat(figure).containsEntry("value", new BigDecimal("28.00")).containsEntry("note", "first")
			.containsEntry("source_reference", "Source A").containsEntry("version", aprilNow.version() + 1);
		Map<String, Object> revision = jdbc.queryForMap("""
				select kind, old_value, value from measurement_revision where measurement_id = ? order by id desc limit 1""",
				aprilNow.id());
		assertThat(revision).containsEntry("kind", "CORRECTED").containsEntry("old_value", new BigDecimal("30.00"))
			.containsEntry("value", new BigDecimal("28.00"));
		assertThat(jdbc.queryForObject("select previous_value from measurement_latest where indicator_id = ? and locality_id = ?",
				BigDecimal.class, indicator, locality)).isEqualByComparingTo("28");
	}
}

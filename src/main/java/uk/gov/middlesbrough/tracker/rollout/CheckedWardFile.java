package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.RowError;

/** A ward figures file after every row was checked: the figures it holds, or what is wrong with it. */
record CheckedWardFile(List<Row> rows, List<RowError> errors) implements ImportKind.Checked {

	/** The wards the file names that are not held yet, each once, as the file first spells them. */
	Set<String> newWards() {
		Set<String> names = new LinkedHashSet<>();
		rows.stream().filter(row -> row.wardId() == null).forEach(row -> names.add(row.wardName()));
		return names;
	}

	/**
	 * A good row: its number, the ward (its id, or null for a ward the import adds), the measure, the period's first
	 * day, the value, the people behind it and where it comes from (both may be null).
	 */
	record Row(int number, Long wardId, String wardName, WardMeasure measure, LocalDate period, BigDecimal value,
			Integer people, String sourceNote) {
	}
}

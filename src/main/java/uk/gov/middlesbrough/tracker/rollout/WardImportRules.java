package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.RowErrors;

/**
 * Checks every row of a ward figures file and collects every problem: a ward name over 100 characters, an unknown
 * measure (the message lists the known codes), a bad or future date or one that is not a month's first day, a value
 * outside its measure's unit, a people count that is not a whole number of 0 or more, a source note over 300
 * characters, and a row repeating an earlier row's ward, measure and period. A ward not held yet is not a problem: the
 * import adds it. Ward names and measure codes match whatever their case and spacing.
 */
final class WardImportRules {

	static final String WARD = "ward";
	static final String MEASURE = "measure";
	static final String PERIOD = "period";
	static final String VALUE = "value";
	static final String PEOPLE = "people";
	static final String SOURCE_NOTE = "source_note";

	static final int MAX_WARD_NAME = 100;
	static final int MAX_SOURCE_NOTE = 300;

	private final Map<String, WardMeasure> measuresByCode;
	private final String measureCodes;
	private final Map<String, Ward> wardsByName;
	private final LocalDate today;

	WardImportRules(List<WardMeasure> measures, List<Ward> wards, LocalDate today) {
		this.measuresByCode = measures.stream().collect(Collectors.toMap(measure -> key(measure.code()), Function.identity(),
				(a, b) -> a));
		this.measureCodes = measures.stream().map(WardMeasure::code).collect(Collectors.joining(", "));
		this.wardsByName = wards.stream().collect(Collectors.toMap(ward -> key(ward.name()), Function.identity(), (a, b) -> a));
		this.today = today;
	}

	CheckedWardFile check(CsvFile file) {
		RowErrors errors = new RowErrors();
		List<CheckedWardFile.Row> rows = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		Map<String, String> newWardSpelling = new HashMap<>();
		for (CsvRow row : file.rows()) {
			int before = errors.list().size();
			String wardName = wardName(row, errors);
			WardMeasure measure = measure(row, errors);
			LocalDate period = period(row, errors);
			BigDecimal value = errors.number(row, VALUE);
			if (value != null && measure != null) {
				WardUnit.valueOf(measure.unit()).problem(value).ifPresent(problem -> errors.add(row, VALUE, problem, measure.code()));
			}
			Integer people = errors.wholeNumber(row, PEOPLE, true);
			if (people != null && people < 0) {
				errors.add(row, PEOPLE, "rollout.import.error.people");
			}
			String sourceNote = row.get(SOURCE_NOTE);
			if (sourceNote != null && sourceNote.length() > MAX_SOURCE_NOTE) {
				errors.add(row, SOURCE_NOTE, "rollout.import.error.sourceNote", MAX_SOURCE_NOTE);
			}
			if (errors.list().size() > before) {
				continue;
			}
			Integer earlier = firstRowOf.putIfAbsent(key(wardName) + "|" + measure.code() + "|" + period, row.number());
			if (earlier != null) {
				errors.add(row, PERIOD, "import.error.duplicate", earlier);
				continue;
			}
			Ward ward = wardsByName.get(key(wardName));
			String name = ward != null ? ward.name() : newWardSpelling.computeIfAbsent(key(wardName), k -> wardName);
			rows.add(new CheckedWardFile.Row(row.number(), ward == null ? null : ward.id(), name, measure, period, value,
					people, sourceNote));
		}
		return new CheckedWardFile(rows, errors.list());
	}

	private static String wardName(CsvRow row, RowErrors errors) {
		String name = errors.required(row, WARD);
		if (name == null) {
			return null;
		}
		String spaced = name.replaceAll("\\s+", " ");
		if (spaced.length() > MAX_WARD_NAME) {
			errors.add(row, WARD, "rollout.import.error.wardName", MAX_WARD_NAME);
			return null;
		}
		return spaced;
	}

	private WardMeasure measure(CsvRow row, RowErrors errors) {
		String code = errors.required(row, MEASURE);
		if (code == null) {
			return null;
		}
		WardMeasure measure = measuresByCode.get(key(code));
		if (measure == null) {
			errors.add(row, MEASURE, "rollout.import.error.measure", code, measureCodes);
		}
		return measure;
	}

	private LocalDate period(CsvRow row, RowErrors errors) {
		LocalDate period = errors.date(row, PERIOD);
		if (period == null) {
			return null;
		}
		if (period.getDayOfMonth() != 1) {
			errors.add(row, PERIOD, "rollout.import.error.firstDay");
			return null;
		}
		if (period.isAfter(today)) {
			errors.add(row, PERIOD, "rollout.import.error.future");
			return null;
		}
		return period;
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}

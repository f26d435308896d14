package uk.gov.middlesbrough.tracker.caseload;

import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.CHILDREN;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.CHILDREN_UNDER_SIX_MONTHS;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.FAMILIES;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.LOCALITY;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.POST_LABEL;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.ROLE;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.SNAPSHOT_DATE;
import static uk.gov.middlesbrough.tracker.caseload.CaseloadCsv.SOURCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.RowErrors;
import uk.gov.middlesbrough.tracker.locality.LocalityView;

/**
 * Checks every row of a caseload file and collects every problem: an unknown locality or role, a locality the
 * user may not enter figures for, a bad or future date, a post label that does not read as a post title,
 * figures that are not whole numbers from 0 to 999, more children open under six months than children, a
 * source over 300 characters, and a row repeating an earlier row's locality, date, role and post.
 */
final class CaseloadImportRules {

	static final int MAX_SOURCE = 300;

	private final Map<String, LocalityView> localitiesByName;
	private final String localityNames;
	private final LongPredicate mayImportFor;
	private final LocalDate today;

	/** @param mayImportFor the import's rule for whose locality's rows the user may import */
	CaseloadImportRules(List<LocalityView> localities, LongPredicate mayImportFor, LocalDate today) {
		this.localitiesByName = localities.stream()
			.collect(Collectors.toMap(locality -> nameKey(locality.name()), locality -> locality, (a, b) -> a));
		this.localityNames = localities.stream().map(LocalityView::name).collect(Collectors.joining(", "));
		this.mayImportFor = mayImportFor;
		this.today = today;
	}

	CheckedImport check(CsvFile file) {
		RowErrors errors = new RowErrors();
		List<ImportRow> rows = new ArrayList<>();
		Map<String, Integer> firstRowOfKey = new HashMap<>();
		for (CsvRow row : file.rows()) {
			Optional<ImportRow> checked = check(row, errors);
			if (checked.isEmpty()) {
				continue;
			}
			Integer earlier = firstRowOfKey.putIfAbsent(checked.get().key(), row.number());
			if (earlier != null) {
				errors.add(row, POST_LABEL, "import.error.duplicate", earlier);
			}
			else {
				rows.add(checked.get());
			}
		}
		return new CheckedImport(rows, errors);
	}

	private Optional<ImportRow> check(CsvRow row, RowErrors errors) {
		int before = errors.list().size();
		LocalityView locality = locality(row, errors);
		LocalDate date = errors.date(row, SNAPSHOT_DATE);
		if (date != null && date.isAfter(today)) {
			errors.add(row, SNAPSHOT_DATE, "caseload.import.error.future");
		}
		CaseloadRole role = role(row, errors);
		String label = row.get(POST_LABEL);
		PostLabel.problem(label).ifPresent(key -> errors.add(row, POST_LABEL, key));
		Integer children = figure(row, CHILDREN, errors);
		Integer families = figure(row, FAMILIES, errors);
		Integer underSix = figure(row, CHILDREN_UNDER_SIX_MONTHS, errors);
		if (children != null && underSix != null && underSix > children) {
			errors.add(row, CHILDREN_UNDER_SIX_MONTHS, "caseload.import.error.underSix", underSix, children);
		}
		String source = row.get(SOURCE);
		if (source != null && source.length() > MAX_SOURCE) {
			errors.add(row, SOURCE, "caseload.import.error.sourceTooLong", MAX_SOURCE);
		}
		if (errors.list().size() > before) {
			return Optional.empty();
		}
		return Optional.of(new ImportRow(row.number(), locality.id(), locality.name(), date, role, label.strip(),
				new CaseloadFigures(children, families, underSix), source));
	}

	private LocalityView locality(CsvRow row, RowErrors errors) {
		String name = errors.required(row, LOCALITY);
		if (name == null) {
			return null;
		}
		LocalityView locality = localitiesByName.get(nameKey(name));
		if (locality == null) {
			errors.add(row, LOCALITY, "caseload.import.error.locality", name, localityNames);
			return null;
		}
		if (!mayImportFor.test(locality.id())) {
			errors.add(row, LOCALITY, "caseload.import.error.notYourLocality", locality.name());
			return null;
		}
		return locality;
	}

	private static CaseloadRole role(CsvRow row, RowErrors errors) {
		String code = errors.required(row, ROLE);
		if (code == null) {
			return null;
		}
		Optional<CaseloadRole> role = CaseloadRole.fromCode(code);
		if (role.isEmpty()) {
			errors.add(row, ROLE, "caseload.import.error.role", code, CaseloadRole.codes());
			return null;
		}
		return role.get();
	}

	private static Integer figure(CsvRow row, String column, RowErrors errors) {
		int before = errors.list().size();
		Integer value = errors.wholeNumber(row, column, false);
		if (value == null) {
			return null;
		}
		if (value < 0 || value > CaseloadFigures.MAX) {
			errors.add(row, column, "caseload.import.error.range", column, CaseloadFigures.MAX);
			return null;
		}
		return errors.list().size() == before ? value : null;
	}

	private static String nameKey(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}

package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.support.Messages;

/**
 * What every import's fuzz test holds its pipeline to: an upload is either refused as a whole ({@link ImportRefused}
 * with a message the page can show) or read into rows, and every problem found in a row names one of the file's rows
 * and columns with a message the page can show. Any other exception escapes and is the fuzzer's finding.
 */
public final class ImportFuzzing {

	/** Small limits, so that the fuzzer reaches "too large" and "too many rows" too. */
	public static final ImportSettings SETTINGS = new ImportSettings(64 * 1024, 200);

	private static final MessageSource MESSAGES = Messages.bundles();

	private ImportFuzzing() {
	}

	/** The upload read as the import flow reads it, or empty when it is refused as a whole for a reason that can be shown. */
	public static Optional<CsvFile> read(byte[] bytes, List<String> required, List<String> optional) {
		try {
			return Optional.of(CsvFile.read("fuzz.csv", bytes, required, optional, SETTINGS));
		}
		catch (ImportRefused refused) {
			assertWordable(refused.messageKey(), refused.args());
			return Optional.empty();
		}
	}

	/** Every problem names a row of the file and one of its columns, and can be shown in words. */
	public static void assertRowErrorsWellFormed(List<RowError> errors, CsvFile file) {
		Set<Integer> rows = file.rows().stream().map(CsvRow::number).collect(Collectors.toSet());
		for (RowError error : errors) {
			assertThat(rows).contains(error.row());
			assertThat(file.headers()).contains(error.column());
			assertWordable(error.messageKey(), error.args());
		}
	}

	/** The number of a file's rows that the check accepted, when it found no problem: all of them. */
	public static void assertAllRowsAccepted(List<Integer> acceptedRowNumbers, CsvFile file) {
		assertThat(acceptedRowNumbers).containsExactlyElementsOf(file.rows().stream().map(CsvRow::number).toList());
	}

	private static void assertWordable(String key, Object[] args) {
		assertThat(MESSAGES.getMessage(key, args, Locale.UK)).isNotBlank();
	}

	/** A locality as the checks read it, with only its id and name mattering. */
	public static LocalityView locality(long id, String name) {
		return new LocalityView(id, name, name, LocalityStatus.PILOT, LocalDate.of(2019, 10, 8), null, null, null, null, List.of(), 0);
	}
}

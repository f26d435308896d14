package uk.gov.middlesbrough.tracker.importing;

import java.util.List;
import org.springframework.ui.Model;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * One kind of CSV import, given by the feature that owns the figures: its columns, how to check every row, what the
 * rows would change, and how to save them. The flow around it (upload, limits, staging, preview, confirm in one
 * transaction, the record of who imported what) is {@link ImportFlow}'s, the pages {@link ImportPages}' and the routes {@link ImportRoutes}'.
 *
 * @param <C> the file after every row was checked: the rows to save and the problems found
 */
public interface ImportKind<C extends ImportKind.Checked> {

	/** Its code, page, columns, rules and template. */
	ImportSpec spec();

	/** Who may use this import at all (each row's locality is checked by {@link #check}). */
	boolean mayImport(SignedInUser user);

	/** Every row checked, every problem collected; run in a read-only transaction. */
	C check(CsvFile file, SignedInUser user);

	/** What each row would do against what is recorded now: new, corrected (with the old value) or unchanged. */
	ImportPreview preview(StagedImport staged, C checked);

	/**
	 * Saves every row that changes something, inside the confirm transaction; throws
	 * {@link uk.gov.middlesbrough.tracker.web.ChangedMeanwhile} if a figure changed since the check (nothing is kept).
	 */
	ImportCounts save(C checked, SignedInUser user, long batchId);

	/** Anything else the page shows for this user (such as which localities they may import for). */
	default void describe(Model model, SignedInUser user) {
	}

	/** Anything else the preview shows (such as the survey waves the import will add). */
	default void describePreview(Model model, C checked) {
	}

	/**
	 * Whether someone else's staged file is refused as forbidden (403) rather than as expired: the caseload import
	 * has always answered so.
	 */
	default boolean othersFilesForbidden() {
		return false;
	}

	/** A file after every row was checked. */
	interface Checked {

		List<RowError> errors();

		default boolean hasErrors() {
			return !errors().isEmpty();
		}
	}
}

package uk.gov.middlesbrough.tracker.importing;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * One kind of CSV import, given by the feature that owns the figures: what it is ({@link ImportSpec}), who may use
 * it, how to check every row, what the rows would change, how to save them, and what its page says. The flow around
 * it (upload, limits, staging, preview, confirm in one transaction, the record of who imported what) is
 * {@link ImportFlow}'s, the pages {@link ImportPages}' (with the one template {@code importing/import.html}) and the
 * routes {@link ImportRoutes}'. A feature adds an import by declaring one {@code @Component} subclass.
 *
 * @param <C> the file after every row was checked: the rows to save and the problems found
 */
public abstract class ImportKind<C extends ImportKind.Checked> {

	private final ImportSpec spec;
	private final Predicate<SignedInUser> mayImport;
	private final BiPredicate<SignedInUser, Long> mayImportFor;

	/**
	 * @param spec its code, path, columns, rules and template
	 * @param mayImport the feature's rule for who may use this import at all
	 * @param mayImportFor the feature's rule for whose locality's rows a user may import (a neighbourhood manager
	 *        their own locality's only); {@link #check} asks it through {@link #mayImport(SignedInUser, long)}
	 */
	protected ImportKind(ImportSpec spec, Predicate<SignedInUser> mayImport, BiPredicate<SignedInUser, Long> mayImportFor) {
		this.spec = spec;
		this.mayImport = mayImport;
		this.mayImportFor = mayImportFor;
	}

	public final ImportSpec spec() {
		return spec;
	}

	/** Who may use this import at all: the pages and every step of the flow refuse (403) anyone else. */
	public final boolean mayImport(SignedInUser user) {
		return mayImport.test(user);
	}

	/** Whether the user may import a row for this locality; a row for any other is a row error. */
	public final boolean mayImport(SignedInUser user, long localityId) {
		return mayImportFor.test(user, localityId);
	}

	/** Every row checked, every problem collected; run in a read-only transaction. */
	public abstract C check(CsvFile file, SignedInUser user);

	/**
	 * What each row would do against what is recorded now: new, corrected (with the old value) or unchanged, with its
	 * cells in the order of the spec's preview columns.
	 */
	public abstract List<PreviewRow> preview(C checked);

	/**
	 * Saves every row that changes something, inside the confirm transaction; throws
	 * {@link uk.gov.middlesbrough.tracker.web.ChangedMeanwhile} if a figure changed since the check (nothing is kept).
	 */
	public abstract ImportCounts save(C checked, SignedInUser user, long batchId);

	/**
	 * The downloadable template's example rows for this user (CSV lines below the header): the spec's, unless the
	 * feature offers rows already recorded for the user's own locality (which import as unchanged).
	 */
	public final List<String> templateRows(SignedInUser user) {
		List<String> own = user.localityId() == null ? List.of() : ownLocalityRows(user.localityId());
		return own.isEmpty() ? spec.templateRows() : own;
	}

	/** A few rows recorded for this locality, as the import's CSV lines (none if the feature offers none). */
	protected List<String> ownLocalityRows(long localityId) {
		return List.of();
	}

	/**
	 * Where to see the figures just saved from this file: one locality's page if the file held only that locality's
	 * rows, else the feature's page for every locality; null for none.
	 */
	public ImportPage.Link savedLink(C checked) {
		return null;
	}

	/** The link to the page showing one locality's saved figures, or to the page for all when the rows span several. */
	protected static ImportPage.Link savedLink(Map<Long, String> localities, String localityPath, String allPath) {
		if (localities.size() == 1) {
			Map.Entry<Long, String> only = localities.entrySet().iterator().next();
			return new ImportPage.Link(localityPath.replace("{locality}", String.valueOf(only.getKey())), "import.savedLink.locality",
					only.getValue());
		}
		return allPath == null ? null : new ImportPage.Link(allPath, "import.savedLink.all");
	}

	/** What the page says around the shared parts, for this user. */
	public abstract ImportPage page(SignedInUser user);

	/** Anything else the preview lists above its table (such as the survey waves the import will add). */
	public ImportPage.Note previewNote(C checked) {
		return null;
	}

	/**
	 * Whether the import also takes an XLSX workbook ({@link WorkbookFile}: each visible sheet's rows, with the sheet's
	 * name on each row and in its problems); otherwise only CSV files.
	 */
	public boolean acceptsWorkbook() {
		return false;
	}

	/**
	 * Whether someone else's staged file is refused as forbidden (403) rather than as expired: the caseload import
	 * has always answered so.
	 */
	public boolean othersFilesForbidden() {
		return false;
	}

	/** A file after every row was checked. */
	public interface Checked {

		List<RowError> errors();

		default boolean hasErrors() {
			return !errors().isEmpty();
		}
	}
}

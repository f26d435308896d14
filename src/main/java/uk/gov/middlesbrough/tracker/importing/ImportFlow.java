package uk.gov.middlesbrough.tracker.importing;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Every CSV import's flow: read an upload within the size and row limits, check every row, stage a good file, show
 * what it would change now, and save it on confirmation in one transaction after checking it again (all rows or
 * none), recording who imported what. Each feature brings only its {@link ImportKind}.
 */
@Component
class ImportFlow {

	private final ImportBatches batches;
	private final ImportSettings settings;

	ImportFlow(ImportBatches batches, ImportSettings settings) {
		this.batches = batches;
		this.settings = settings;
	}

	/** Refuses (403) a user who may not use this import. */
	public void checkMayImport(ImportKind<?> kind, SignedInUser user) {
		if (user == null || !kind.mayImport(user)) {
			throw new AccessDeniedException("Not allowed to use " + kind.spec().path());
		}
	}

	/**
	 * Reads and checks an upload; stages it only if every row is right.
	 *
	 * @throws ImportRefused if the file as a whole cannot be read (empty, too large, not CSV, bad columns)
	 */
	@Transactional
	public <C extends ImportKind.Checked> Uploaded upload(ImportKind<C> kind, String fileName, byte[] bytes,
			SignedInUser user) {
		checkMayImport(kind, user);
		CsvFile file = read(kind, fileName, bytes);
		C checked = kind.check(file, user);
		if (checked.hasErrors()) {
			return new Uploaded(null, checked.errors());
		}
		return new Uploaded(batches.stage(kind.spec().code(), fileName, file, user.getUsername()), List.of());
	}

	/** The user's staged file checked again against the database as it is now, with its preview if it passes. */
	@Transactional(readOnly = true)
	public <C extends ImportKind.Checked> Reviewed<C> review(ImportKind<C> kind, long batchId, SignedInUser user) {
		StagedImport staged = staged(kind, batchId, user, false);
		C checked = recheck(kind, staged, user);
		ImportPreview preview = checked.hasErrors() ? null
				: new ImportPreview(staged.id(), staged.fileName(), kind.spec().previewColumnKeys(), kind.preview(checked));
		return new Reviewed<>(checked, preview, null);
	}

	/**
	 * Saves the user's staged file in one transaction: checked again, every changed row saved and the batch marked
	 * confirmed with its counts, or (if the check now finds problems) nothing saved.
	 */
	@Transactional
	public <C extends ImportKind.Checked> Reviewed<C> confirm(ImportKind<C> kind, long batchId, SignedInUser user) {
		StagedImport staged = staged(kind, batchId, user, true);
		C checked = recheck(kind, staged, user);
		if (checked.hasErrors()) {
			return new Reviewed<>(checked, null, null);
		}
		ImportCounts counts = kind.save(checked, user, batchId);
		batches.confirmed(batchId, counts);
		return new Reviewed<>(checked, null, counts);
	}

	/** The kind's most recent imports, for the page's "who imported what". */
	public List<ImportRecord> recent(ImportKind<?> kind, int limit) {
		return batches.recent(kind.spec().code(), limit);
	}

	/** An upload read as a workbook if the kind takes one and its name says it is one, else as a CSV file. */
	private CsvFile read(ImportKind<?> kind, String fileName, byte[] bytes) {
		ImportSpec spec = kind.spec();
		if (kind.acceptsWorkbook() && WorkbookFile.isWorkbookName(fileName)) {
			return WorkbookFile.read(bytes, spec.requiredColumns(), spec.optionalColumns(), settings);
		}
		if (kind.acceptsWorkbook() && !CsvFile.isCsvName(fileName)) {
			throw new ImportRefused("import.refused.notCsvOrXlsx");
		}
		return CsvFile.read(fileName, bytes, spec.requiredColumns(), spec.optionalColumns(), settings);
	}

	/** A staged file read again as it was staged: a workbook's rows, or a CSV file. */
	private <C extends ImportKind.Checked> C recheck(ImportKind<C> kind, StagedImport staged, SignedInUser user) {
		CsvFile file = kind.acceptsWorkbook() && WorkbookFile.isWorkbookName(staged.fileName()) ? WorkbookFile.parseStaged(staged.content())
				: CsvFile.parse(staged.content(), kind.spec().requiredColumns(), kind.spec().optionalColumns(), settings);
		return kind.check(file, user);
	}

	private StagedImport staged(ImportKind<?> kind, long batchId, SignedInUser user, boolean toConfirm) {
		checkMayImport(kind, user);
		String code = kind.spec().code();
		StagedImport staged = (toConfirm ? batches.findForConfirm(batchId, code, user.getUsername())
				: batches.find(batchId, code, user.getUsername())).orElse(null);
		if (staged == null && kind.othersFilesForbidden()) {
			throw new AccessDeniedException("No " + kind.spec().code() + " import " + batchId + " staged by " + user.getUsername());
		}
		if (staged == null) {
			throw new ImportRefused("import.refused.expired");
		}
		if (staged.confirmed()) {
			throw new ImportRefused("import.refused.alreadyConfirmed");
		}
		return staged;
	}

	/** An upload: staged as {@code batchId}, or refused with its rows' problems. */
	public record Uploaded(Long batchId, List<RowError> errors) {
	}

	/** A staged file checked again: its preview (before confirming) or its counts (once saved), or its problems. */
	public record Reviewed<C>(C checked, ImportPreview preview, ImportCounts counts) {
	}
}

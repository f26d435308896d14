package uk.gov.middlesbrough.tracker.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportBatches;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportPreview;
import uk.gov.middlesbrough.tracker.importing.ImportRefused;
import uk.gov.middlesbrough.tracker.importing.ImportSettings;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.importing.StagedImport;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Importing caseload snapshots from CSV: check every row, stage a good file, preview what it would change
 * against the database as it is now, and confirm it in one transaction (all rows or none; a correction keeps
 * the old figures in the history, and the history rows name the import).
 */
@Component
class CaseloadImport {

	private final ImportBatches batches;
	private final ImportSettings settings;
	private final LocalityQueries localities;
	private final CaseloadSnapshotRepository snapshots;
	private final CaseloadHistoryRepository history;
	private final CaseloadOptions options;
	private final Clock clock;

	CaseloadImport(ImportBatches batches, ImportSettings settings, LocalityQueries localities,
			CaseloadSnapshotRepository snapshots, CaseloadHistoryRepository history, CaseloadOptions options, Clock clock) {
		this.batches = batches;
		this.settings = settings;
		this.localities = localities;
		this.snapshots = snapshots;
		this.history = history;
		this.options = options;
		this.clock = clock;
	}

	/** Reads an uploaded file; a file that cannot be imported at all is refused with {@link ImportRefused}. */
	CsvFile read(String fileName, byte[] bytes, SignedInUser user) {
		checkMayImport(user);
		return CsvFile.read(fileName, bytes, CaseloadCsv.REQUIRED, CaseloadCsv.OPTIONAL, settings);
	}

	/** Checks every row of a file read for this user. */
	CheckedImport check(CsvFile file, SignedInUser user) {
		return rules(user).check(file);
	}

	/** Stages a file whose rows were checked without problems; returns the batch id to preview. */
	long stage(String fileName, CsvFile file, SignedInUser user) {
		return batches.stage(CaseloadCsv.KIND, fileName, file, user.getUsername());
	}

	/** The user's own staged caseload import; someone else's (or none) is refused. */
	StagedImport staged(long batchId, SignedInUser user) {
		checkMayImport(user);
		return batches.find(batchId, CaseloadCsv.KIND, user.getUsername())
			.orElseThrow(() -> new AccessDeniedException("No caseload import " + batchId + " staged by " + user.getUsername()));
	}

	/** Re-checks a staged file against the database as it is now. */
	@Transactional(readOnly = true)
	CheckedImport recheck(StagedImport staged, SignedInUser user) {
		return rules(user).check(CsvFile.parse(staged.content(), CaseloadCsv.REQUIRED, CaseloadCsv.OPTIONAL, settings));
	}

	/** What each row would do now: add figures, correct earlier ones (shown beside), or change nothing. */
	@Transactional(readOnly = true)
	ImportPreview preview(StagedImport staged, CheckedImport checked) {
		Map<String, CaseloadSnapshot> existing = existing(checked.rows());
		List<PreviewRow> rows = new ArrayList<>();
		for (ImportRow row : checked.rows()) {
			CaseloadSnapshot current = existing.get(row.key());
			ChangeKind change = change(row, current);
			rows.add(new PreviewRow(row.number(), change, cells(row),
					change == ChangeKind.CORRECTED ? current.figures().inShort() : null));
		}
		return new ImportPreview(staged.id(), staged.fileName(), CaseloadCsv.PREVIEW_COLUMN_KEYS, rows);
	}

	/**
	 * Saves a staged file in one transaction after checking it again: every new figure and correction, then the
	 * batch marked confirmed with its counts. If the re-check finds problems nothing is saved.
	 */
	@Transactional
	ImportOutcome confirm(long batchId, SignedInUser user) {
		StagedImport staged = staged(batchId, user);
		if (staged.confirmed()) {
			throw new ImportRefused("import.refused.alreadyConfirmed");
		}
		CheckedImport checked = recheck(staged, user);
		if (!checked.valid()) {
			return ImportOutcome.refused(checked.errors().list());
		}
		Map<String, CaseloadSnapshot> existing = existing(checked.rows());
		Instant now = clock.instant();
		int added = 0;
		int corrected = 0;
		int unchanged = 0;
		for (ImportRow row : checked.rows()) {
			CaseloadSnapshot current = existing.get(row.key());
			switch (change(row, current)) {
				case NEW:
					CaseloadSnapshot snapshot = snapshots.save(new CaseloadSnapshot(row.localityId(), row.snapshotDate(),
							row.role(), row.postLabel(), row.figures(), row.source()));
					history.save(snapshot.recorded(now, user.getUsername(), batchId));
					added++;
					break;
				case CORRECTED:
					history.save(current.correct(row.figures(), sourceAfter(row, current), now, user.getUsername(), batchId));
					corrected++;
					break;
				default:
					unchanged++;
			}
		}
		try {
			snapshots.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ChangedMeanwhile();
		}
		ImportCounts counts = new ImportCounts(added, corrected, unchanged);
		batches.confirmed(batchId, counts);
		return ImportOutcome.saved(counts);
	}

	private static ChangeKind change(ImportRow row, CaseloadSnapshot current) {
		if (current == null) {
			return ChangeKind.NEW;
		}
		return current.differsFrom(row.figures(), sourceAfter(row, current)) ? ChangeKind.CORRECTED : ChangeKind.UNCHANGED;
	}

	/** A row without a source keeps the source already recorded. */
	private static String sourceAfter(ImportRow row, CaseloadSnapshot current) {
		return row.source() == null ? current.getSource() : row.source();
	}

	/** The snapshots already recorded for the rows' posts and dates, by the rows' keys (one statement). */
	private Map<String, CaseloadSnapshot> existing(List<ImportRow> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		Set<Long> localityIds = rows.stream().map(ImportRow::localityId).collect(Collectors.toSet());
		Set<LocalDate> dates = rows.stream().map(ImportRow::snapshotDate).collect(Collectors.toSet());
		Map<String, CaseloadSnapshot> byKey = new HashMap<>();
		for (CaseloadSnapshot snapshot : snapshots.findByLocalityIdInAndSnapshotDateIn(localityIds, dates)) {
			byKey.put(snapshot.getLocalityId() + "|" + snapshot.getSnapshotDate() + "|" + snapshot.getRole().name() + "|"
					+ PostLabel.key(snapshot.getLabel()), snapshot);
		}
		return byKey;
	}

	private List<String> cells(ImportRow row) {
		CaseloadFigures figures = row.figures();
		return List.of(row.localityName(), CaseloadOptions.shortDay(row.snapshotDate()), options.roleName(row.role()),
				row.postLabel(), String.valueOf(figures.children()), String.valueOf(figures.families()),
				String.valueOf(figures.childrenUnderSixMonths()));
	}

	private CaseloadImportRules rules(SignedInUser user) {
		return new CaseloadImportRules(localities.all(), user, AsOf.now(clock).day());
	}

	private static void checkMayImport(SignedInUser user) {
		if (!Objects.requireNonNull(user).mayEnterFigures()) {
			throw new AccessDeniedException("Not allowed to import caseload figures");
		}
	}
}

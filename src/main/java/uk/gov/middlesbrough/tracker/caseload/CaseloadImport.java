package uk.gov.middlesbrough.tracker.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.ImportPage;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;

/**
 * The caseload snapshots import, run by the shared import flow: every row checked, what a staged file would change
 * against the database as it is now, and saving it in the confirm transaction (a correction keeps the old figures
 * in the history, and the history rows name the import).
 */
@Component
class CaseloadImport extends ImportKind<CheckedImport> {

	private final LocalityQueries localities;
	private final CaseloadSnapshotRepository snapshots;
	private final CaseloadHistoryRepository history;
	private final CaseloadOptions options;
	private final Clock clock;

	private final JdbcTemplate jdbc;

	CaseloadImport(LocalityQueries localities, CaseloadSnapshotRepository snapshots, CaseloadHistoryRepository history,
			CaseloadOptions options, Clock clock, JdbcTemplate jdbc) {
		super(CaseloadCsv.SPEC, CaseloadPermissions::mayEnterFigures, CaseloadPermissions::mayEnterFiguresFor);
		this.jdbc = jdbc;
		this.localities = localities;
		this.snapshots = snapshots;
		this.history = history;
		this.options = options;
		this.clock = clock;
	}

	@Override
	public ImportPage.Link savedLink(CheckedImport checked) {
		Map<Long, String> localities = new LinkedHashMap<>();
		checked.rows().forEach(row -> localities.put(row.localityId(), row.localityName()));
		return savedLink(localities, "/localities/{locality}/caseloads", "/localities");
	}

	/** Two posts of the locality's latest snapshot, as recorded. */
	@Override
	protected List<String> ownLocalityRows(long localityId) {
		return jdbc.query("""
				select l.name, s.snapshot_date, s.role, s.post_label, s.children, s.families, s.children_under_six_months, s.source
				from caseload_snapshot s join locality l on l.id = s.locality_id
				where s.locality_id = ?
				order by s.snapshot_date desc, s.role, s.post_label limit 2""", (rs, row) -> ImportSpec.csvLine(rs.getString("name"),
				rs.getObject("snapshot_date", LocalDate.class), rs.getString("role"), rs.getString("post_label"),
				rs.getInt("children"), rs.getInt("families"), rs.getInt("children_under_six_months"), rs.getString("source")),
				localityId);
	}

	/** Another user's staged file is refused as forbidden: a caseload file is previewed and confirmed by its uploader only. */
	@Override
	public boolean othersFilesForbidden() {
		return true;
	}

	/** The page says which localities the user may import for, and links back to a manager's own caseloads. */
	@Override
	public ImportPage page(SignedInUser user) {
		Optional<LocalityView> own = user.localityId() == null ? Optional.empty() : localities.find(user.localityId());
		ImportPage.Text scope = own.map(locality -> new ImportPage.Text("import-scope", "caseload.import.managerScope", locality.name()))
			.orElse(new ImportPage.Text("import-scope", "caseload.import.headScope"));
		ImportPage.Link back = own.map(locality -> new ImportPage.Link("/localities/" + locality.id() + "/caseloads",
				"caseload.import.back", locality.name())).orElse(null);
		return new ImportPage(null, "caseload.import.title", List.of(ImportPage.Text.of("caseload.import.intro"), scope), back);
	}

	/** Checks every row of a file read for this user. */
	@Override
	public CheckedImport check(CsvFile file, SignedInUser user) {
		return new CaseloadImportRules(localities.all(), localityId -> mayImport(user, localityId), AsOf.now(clock).day())
			.check(file);
	}

	/** What each row would do now: add figures, correct earlier ones (shown beside), or change nothing. */
	@Override
	public List<PreviewRow> preview(CheckedImport checked) {
		Map<String, CaseloadSnapshot> existing = existing(checked.rows());
		List<PreviewRow> rows = new ArrayList<>();
		for (ImportRow row : checked.rows()) {
			CaseloadSnapshot current = existing.get(row.key());
			ChangeKind change = change(row, current);
			rows.add(new PreviewRow(row.number(), change, cells(row),
					change == ChangeKind.CORRECTED ? current.figures().inShort() : null));
		}
		return rows;
	}

	/** Every new figure and correction saved in the confirm transaction (a correction keeps the old figures). */
	@Override
	public ImportCounts save(CheckedImport checked, SignedInUser user, long batchId) {
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
					snapshots.save(snapshot); // publishes CaseloadRecorded
					added++;
					break;
				case CORRECTED:
					current.correct(row.figures(), sourceAfter(row, current), now, user.getUsername(), batchId)
						.ifPresent(history::save);
					snapshots.save(current); // publishes CaseloadRecorded
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
		return new ImportCounts(added, corrected, unchanged);
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
}

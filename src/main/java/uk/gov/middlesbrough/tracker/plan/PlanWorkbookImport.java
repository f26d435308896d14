package uk.gov.middlesbrough.tracker.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.ImportPage;
import uk.gov.middlesbrough.tracker.importing.ImportSpec;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The plans workbook import, run by the shared import flow: an XLSX workbook (a sheet a plan, or one sheet with a
 * {@code plan} column) or a CSV file of actions, checked by {@link PlanWorkbookRules}, previewed, and saved on
 * confirmation through {@link ActionManagement} as the plan's own forms save (history, events, audit trail), all rows
 * or none. The head of service may import any locality's plans, a neighbourhood manager their own locality's.
 */
@Component
class PlanWorkbookImport extends ImportKind<CheckedWorkbook> {

	private static final int OWN_ROWS = 3;

	private final PlanWorkbookReads reads;
	private final ActionManagement management;
	private final MessageSource messages;
	private final Clock clock;

	PlanWorkbookImport(PlanWorkbookReads reads, ActionManagement management, MessageSource messages, Clock clock) {
		super(PlanWorkbookColumns.SPEC, PlanWorkbookImport::mayImportPlans, PlanPermissions::mayEditPlan);
		this.reads = reads;
		this.management = management;
		this.messages = messages;
		this.clock = clock;
	}

	/** The head of service, and a neighbourhood manager (for their own locality's plans). */
	static boolean mayImportPlans(SignedInUser user) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.hasRole(Role.NEIGHBOURHOOD_MANAGER) && user.localityId() != null;
	}

	@Override
	public boolean acceptsWorkbook() {
		return true;
	}

	/** A staged workbook is previewed and confirmed by its uploader only; anyone else is refused. */
	@Override
	public boolean othersFilesForbidden() {
		return true;
	}

	@Override
	public CheckedWorkbook check(CsvFile file, SignedInUser user) {
		Map<Long, WorkbookAction> actions = reads.actions(PlanWorkbookRules.references(file.rows()));
		return new PlanWorkbookRules(reads.allPlans(), actions, localityId -> mayImport(user, localityId), user.localityId(),
				text("rag.CANCELLED"), AsOf.now(clock).day()).check(file.rows());
	}

	/** Each row: its plan, reference, action, and what changes (before it, under "Was", what it replaces). */
	@Override
	public List<PreviewRow> preview(CheckedWorkbook checked) {
		List<PreviewRow> rows = new ArrayList<>();
		for (WorkbookRow row : checked.rows()) {
			List<WorkbookRow.Difference> differences = row.differences();
			String after = differences.stream().map(d -> d.heading() + ": " + Objects.toString(d.after(), ""))
				.collect(Collectors.joining("; "));
			String before = row.change() == ChangeKind.CORRECTED ? differences.stream()
				.map(d -> d.heading() + ": " + Objects.toString(d.before(), "")).collect(Collectors.joining("; ")) : null;
			rows.add(new PreviewRow(row.source().number(), row.change(), List.of(row.plan().title(),
					row.current() == null ? "" : String.valueOf(row.current().id()), row.specific(), after), before,
					row.source().sheet()));
		}
		return rows;
	}

	/** Every new action and every change saved as the forms save them, in the confirm transaction. */
	@Override
	public ImportCounts save(CheckedWorkbook checked, SignedInUser user, long batchId) {
		int added = 0;
		int corrected = 0;
		int unchanged = 0;
		for (WorkbookRow row : checked.rows()) {
			if (row.change() == ChangeKind.UNCHANGED) {
				unchanged++;
				continue;
			}
			management.saveImported(row, user);
			if (row.change() == ChangeKind.NEW) {
				added++;
			}
			else {
				corrected++;
			}
		}
		return new ImportCounts(added, corrected, unchanged);
	}

	@Override
	public ImportPage.Link savedLink(CheckedWorkbook checked) {
		Map<Long, String> localities = new LinkedHashMap<>();
		checked.rows().forEach(row -> localities.put(row.plan().localityId(), row.plan().localityName()));
		return savedLink(localities, "/localities/{locality}/plans", "/localities");
	}

	/** A few of the locality's actions as recorded, in the CSV layout (with a plan column): they import unchanged. */
	@Override
	protected List<String> ownLocalityRows(long localityId) {
		Map<Long, WorkbookPlan> plans = new LinkedHashMap<>();
		reads.plansOf(localityId).forEach(plan -> plans.put(plan.id(), plan));
		return reads.localityActions(localityId).stream().limit(OWN_ROWS).map(action -> {
			SmartDetails d = action.details();
			WorkbookPlan plan = plans.get(action.planId());
			return ImportSpec.csvLine(action.id(), d.specific(), d.measure(), d.targetValue(), d.ownerPost(), d.relevantObjective(),
					d.startDate(), d.dueDate(), action.completion(), plan.title(), plan.localityName(), d.partner(), d.resources(),
					d.weight().stripTrailingZeros().toPlainString(), action.commentary(), null, null, action.version(), null);
		}).toList();
	}

	@Override
	public ImportPage page(SignedInUser user) {
		List<WorkbookPlan> own = user.localityId() == null ? List.of() : reads.plansOf(user.localityId());
		ImportPage.Text scope = own.isEmpty() ? new ImportPage.Text("import-scope", "plan.workbook.import.headScope")
				: new ImportPage.Text("import-scope", "plan.workbook.import.managerScope", own.get(0).localityName());
		ImportPage.Link back = own.isEmpty() ? null
				: new ImportPage.Link("/localities/" + user.localityId() + "/plans", "plan.workbook.import.back",
						own.get(0).localityName());
		return new ImportPage("plan.workbook.import.caption", "plan.workbook.import.title",
				List.of(ImportPage.Text.of("plan.workbook.import.intro"), ImportPage.Text.of("plan.workbook.import.start"), scope),
				back);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}

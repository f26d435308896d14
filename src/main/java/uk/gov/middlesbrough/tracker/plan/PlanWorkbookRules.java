package uk.gov.middlesbrough.tracker.plan;

import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.ACTION_REF;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.CHANGE_REASON;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.COMMENTARY;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.DUE_DATE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.LOCALITY;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.MEASURABLE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.OWNER_POST;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.PARTNER;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.PERCENT_COMPLETE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.PLAN;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.RELEVANT_OBJECTIVE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.RESOURCES;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.SPECIFIC;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.START_DATE;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.STATUS;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.TARGET;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.VERSION;
import static uk.gov.middlesbrough.tracker.plan.PlanWorkbookColumns.WEIGHT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.ImportDates;
import uk.gov.middlesbrough.tracker.importing.RowErrors;
import uk.gov.middlesbrough.tracker.web.SaneInput;

/**
 * Checks a plans workbook's rows against what is recorded, and works out what each would change. Pure: it is given
 * the plans, the actions the rows refer to, who may import for which locality, and today.
 *
 * <ul>
 * <li>A row with an {@code action_ref} is that action (its plan and locality come from it: a {@code plan} or
 * {@code locality} cell, or a sheet named after another of the locality's plans, that says otherwise is an error, as an
 * import cannot move an action). An empty {@code action_ref} is a new action in the plan named by the {@code plan}
 * cell, or else by the sheet's name (a plan's title or the sheet name the export gave it); its locality is the
 * {@code locality} cell's, or else the one locality the file's other rows name, or else the user's own.</li>
 * <li>Every SMART field is required, as on the form; {@code partner}, {@code resources} and {@code weight} are optional
 * (a sheet without the column keeps what is recorded; a blank weight keeps it, or is 1 for a new action).</li>
 * <li>A changed {@code percent_complete}, or new {@code commentary}, is a progress update: it needs commentary that is
 * not the last update's. A moved due date needs a {@code reason_for_change}. {@code status} is for reading: it is checked
 * only so that a row saying "Cancelled" for an active action (or the reverse) is refused, since cancelling and
 * reinstating need a reason on the action's page. A cancelled action's row may not change anything.</li>
 * <li>With a {@code version} column, a row that would change an action someone has saved since the workbook was
 * downloaded is refused as changed meanwhile, rather than overwriting their change; without one, the row's values are
 * compared with what is recorded now (the preview shows what it replaces).</li>
 * </ul>
 */
final class PlanWorkbookRules {

	static final int COMMENTARY_MAX = 2000;

	private final Map<String, Long> localityIds = new HashMap<>();
	private final Map<Long, String> localityNames = new HashMap<>();
	private final Map<Long, List<WorkbookPlan>> plansByLocality = new HashMap<>();
	private final Map<Long, WorkbookPlan> plansById = new HashMap<>();
	private final Map<Long, Map<Long, String>> sheetNames = new HashMap<>();
	private final Map<Long, WorkbookAction> actions;
	private final LongPredicate mayImportFor;
	private final Long ownLocalityId;
	private final String cancelledInWords;
	private final LocalDate today;

	/**
	 * @param plans every locality's plans
	 * @param actions the actions the rows refer to, by id (those that exist)
	 * @param mayImportFor whether the user may import rows for a locality
	 * @param ownLocalityId the user's own locality, or null
	 * @param cancelledInWords how the export writes a cancelled action's status
	 */
	PlanWorkbookRules(List<WorkbookPlan> plans, Map<Long, WorkbookAction> actions, LongPredicate mayImportFor, Long ownLocalityId,
			String cancelledInWords, LocalDate today) {
		for (WorkbookPlan plan : plans) {
			localityIds.put(key(plan.localityName()), plan.localityId());
			localityNames.put(plan.localityId(), plan.localityName());
			plansByLocality.computeIfAbsent(plan.localityId(), id -> new ArrayList<>()).add(plan);
			plansById.put(plan.id(), plan);
		}
		plansByLocality.forEach((localityId, localityPlans) -> sheetNames.put(localityId, PlanWorkbookSheets.names(localityPlans)));
		this.actions = actions;
		this.mayImportFor = mayImportFor;
		this.ownLocalityId = ownLocalityId;
		this.cancelledInWords = cancelledInWords;
		this.today = today;
	}

	/** The action references the rows hold that are whole numbers (for reading those actions before checking). */
	static Set<Long> references(List<CsvRow> rows) {
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> reference(row.get(ACTION_REF)).ifPresent(ids::add));
		return ids;
	}

	CheckedWorkbook check(List<CsvRow> rows) {
		RowErrors errors = new RowErrors();
		Long fileLocality = fileLocality(rows);
		Map<Long, CsvRow> seen = new HashMap<>();
		List<WorkbookRow> checked = new ArrayList<>();
		for (CsvRow row : rows) {
			new RowCheck(row, errors).check(fileLocality, seen).ifPresent(checked::add);
		}
		return new CheckedWorkbook(checked, errors);
	}

	/** The one locality the rows name (by a locality cell or an action's reference), or null if none or several. */
	private Long fileLocality(List<CsvRow> rows) {
		Set<Long> named = new HashSet<>();
		for (CsvRow row : rows) {
			Optional.ofNullable(row.get(LOCALITY)).map(name -> localityIds.get(key(name))).ifPresent(named::add);
			reference(row.get(ACTION_REF)).map(actions::get).map(action -> plansById.get(action.planId()).localityId())
				.ifPresent(named::add);
		}
		return named.size() == 1 ? named.iterator().next() : null;
	}

	private static Optional<Long> reference(String text) {
		if (text == null || !text.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** One row's check: each step adds its problems to the file's and stops at the first that leaves nothing to check. */
	private final class RowCheck {

		private final CsvRow row;
		private final RowErrors errors;
		private final int errorsBefore;

		RowCheck(CsvRow row, RowErrors errors) {
			this.row = row;
			this.errors = errors;
			this.errorsBefore = errors.list().size();
		}

		private boolean failed() {
			return errors.list().size() > errorsBefore;
		}

		private <T> Optional<T> error(String column, String key, Object... args) {
			errors.add(row, column, key, args);
			return Optional.empty();
		}

		Optional<WorkbookRow> check(Long fileLocality, Map<Long, CsvRow> seen) {
			WorkbookAction action = null;
			String ref = row.get(ACTION_REF);
			if (ref != null) {
				Optional<Long> id = reference(ref);
				if (id.isEmpty()) {
					return error(ACTION_REF, "plan.workbook.error.ref");
				}
				action = actions.get(id.get());
				if (action == null) {
					return error(ACTION_REF, "plan.workbook.error.noSuchAction", ref);
				}
				CsvRow earlier = seen.putIfAbsent(action.id(), row);
				if (earlier != null) {
					return earlier.sheet() == null ? error(ACTION_REF, "plan.workbook.error.repeated", earlier.number())
							: error(ACTION_REF, "plan.workbook.error.repeatedOnSheet", earlier.number(), earlier.sheet());
				}
			}
			Long localityId = locality(action, fileLocality);
			if (localityId == null) {
				return Optional.empty();
			}
			if (!mayImportFor.test(localityId)) {
				return error(row.get(LOCALITY) != null || action == null ? LOCALITY : ACTION_REF, "plan.workbook.error.notYours",
						localityNames.get(localityId));
			}
			WorkbookPlan plan = plan(localityId, action);
			return plan == null ? Optional.empty() : values(plan, action);
		}

		private Long locality(WorkbookAction action, Long fileLocality) {
			String named = row.get(LOCALITY);
			Long actionLocality = action == null ? null : plansById.get(action.planId()).localityId();
			if (named != null) {
				Long id = localityIds.get(key(named));
				if (id == null) {
					errors.add(row, LOCALITY, "plan.workbook.error.noSuchLocality");
				}
				else if (actionLocality != null && !actionLocality.equals(id)) {
					errors.add(row, LOCALITY, "plan.workbook.error.otherLocality", action.id(), localityNames.get(actionLocality));
					return null;
				}
				return id;
			}
			if (actionLocality != null) {
				return actionLocality;
			}
			Long inferred = fileLocality != null ? fileLocality : ownLocalityId;
			if (inferred == null) {
				errors.add(row, LOCALITY, "plan.workbook.error.whichLocality");
			}
			return inferred;
		}

		private WorkbookPlan plan(long localityId, WorkbookAction action) {
			String planCell = row.get(PLAN);
			WorkbookPlan named = null;
			if (planCell != null) {
				named = find(localityId, planCell);
				if (named == null) {
					errors.add(row, PLAN, "plan.workbook.error.noSuchPlan", localityNames.get(localityId));
					return null;
				}
			}
			else if (row.sheet() != null) {
				named = find(localityId, row.sheet());
			}
			if (action != null) {
				WorkbookPlan actual = plansById.get(action.planId());
				if (named != null && named.id() != actual.id()) {
					errors.add(row, planCell != null ? PLAN : ACTION_REF, "plan.workbook.error.otherPlan", action.id(), actual.title(),
							named.title());
					return null;
				}
				return actual;
			}
			if (named == null) {
				if (row.sheet() != null) {
					errors.add(row, PLAN, "plan.workbook.error.sheetNotAPlan", row.sheet(), localityNames.get(localityId));
				}
				else {
					errors.add(row, PLAN, "import.error.required", PLAN);
				}
			}
			return named;
		}

		/** A plan of the locality by its title or its sheet's name, without regard to case. */
		private WorkbookPlan find(long localityId, String name) {
			String wanted = key(name);
			Map<Long, String> sheets = sheetNames.get(localityId);
			return plansByLocality.get(localityId).stream()
				.filter(plan -> key(plan.title()).equals(wanted) || key(sheets.get(plan.id())).equals(wanted))
				.findFirst().orElse(null);
		}

		private Optional<WorkbookRow> values(WorkbookPlan plan, WorkbookAction action) {
			SmartDetails recorded = action == null ? null : action.details();
			String specific = text(SPECIFIC, 1000);
			String measure = text(MEASURABLE, 500);
			String target = text(TARGET, 200);
			String owner = text(OWNER_POST, 200);
			String relevant = text(RELEVANT_OBJECTIVE, 500);
			String partner = optionalText(PARTNER, 200, recorded == null ? null : recorded.partner());
			String resources = optionalText(RESOURCES, 1000, recorded == null ? null : recorded.resources());
			LocalDate start = plannedDate(START_DATE);
			LocalDate due = plannedDate(DUE_DATE);
			if (start != null && due != null && due.isBefore(start)) {
				errors.add(row, DUE_DATE, "plan.workbook.error.dueBeforeStart");
			}
			BigDecimal weight = weight(recorded == null ? BigDecimal.ONE : recorded.weight());
			Integer percent = percent();
			String commentary = optionalText(COMMENTARY, COMMENTARY_MAX, null);
			String reason = optionalText(CHANGE_REASON, COMMENTARY_MAX, null);
			Long version = version();
			status(action);
			if (failed()) {
				return Optional.empty();
			}
			SmartDetails details = new SmartDetails(specific, measure, target, recorded == null ? null : recorded.indicatorId(), owner,
					partner, resources, relevant, start, due, weight);
			WorkbookRow.Source source = new WorkbookRow.Source(row.number(), row.sheet(), plan);
			if (action == null) {
				if (percent > 0 && commentary == null) {
					return error(COMMENTARY, "plan.workbook.error.commentaryNew", percent);
				}
				boolean progress = percent > 0 || commentary != null;
				return Optional.of(WorkbookRow.added(source, details, progress ? percent : null, commentary));
			}
			return changes(source, action, details, percent, commentary, reason, version);
		}

		private Optional<WorkbookRow> changes(WorkbookRow.Source source, WorkbookAction action, SmartDetails details, int percent,
				String commentary, String reason, Long version) {
			boolean detailsChanged = !same(action.details(), details);
			boolean completionChanged = percent != action.completion();
			boolean commentaryChanged = commentary != null && !commentary.equals(stripped(action.commentary()));
			if (!detailsChanged && !completionChanged && !commentaryChanged) {
				return Optional.of(WorkbookRow.unchanged(source, action));
			}
			if (action.cancelled()) {
				return error(ACTION_REF, "plan.workbook.error.cancelled", action.id());
			}
			if (version != null && version != action.version()) {
				return error(VERSION, "plan.workbook.error.changedMeanwhile", action.id(), action.version());
			}
			if (completionChanged && !commentaryChanged) {
				errors.add(row, COMMENTARY, percent < action.completion() ? "plan.workbook.error.commentaryLower"
						: "plan.workbook.error.commentary", action.completion(), percent);
			}
			if (!details.dueDate().equals(action.dueDate()) && reason == null) {
				errors.add(row, CHANGE_REASON, "plan.workbook.error.reason", action.dueDate().toString(), details.dueDate().toString());
			}
			if (failed()) {
				return Optional.empty();
			}
			boolean progress = completionChanged || commentaryChanged;
			return Optional.of(WorkbookRow.corrected(source, action, detailsChanged ? details : null, reason,
					progress ? percent : null, progress ? commentary : null));
		}

		private String text(String column, int max) {
			String value = errors.required(row, column);
			return value == null ? null : withinLength(column, value, max);
		}

		/** The cell's text (null when blank); a sheet without the column keeps {@code kept}. */
		private String optionalText(String column, int max, String kept) {
			if (!row.has(column)) {
				return kept;
			}
			String value = row.get(column);
			return value == null ? null : withinLength(column, value, max);
		}

		private String withinLength(String column, String value, int max) {
			if (value.length() > max) {
				errors.add(row, column, "plan.workbook.error.tooLong", column, max);
			}
			return value;
		}

		private LocalDate plannedDate(String column) {
			String value = errors.required(row, column);
			if (value == null) {
				return null;
			}
			if (!SaneInput.plainDigits(value)) {
				errors.add(row, column, "import.error.digits", column);
				return null;
			}
			Optional<LocalDate> date = ImportDates.parse(value);
			if (date.isEmpty()) {
				errors.add(row, column, "import.error.date", column);
				return null;
			}
			LocalDate latest = SaneInput.latestPlanned(today);
			if (!SaneInput.inRange(date.get(), latest)) {
				errors.add(row, column, "import.error.dateRange", column, String.valueOf(latest.getYear()));
				return null;
			}
			return date.get();
		}

		/** A weight from 0 to 100 with at most two decimals; blank (or no column) keeps {@code kept}. */
		private BigDecimal weight(BigDecimal kept) {
			String value = row.get(WEIGHT);
			if (value == null) {
				return kept;
			}
			try {
				BigDecimal weight = new BigDecimal(value).stripTrailingZeros();
				if (SaneInput.plainDigits(value) && weight.signum() >= 0 && weight.compareTo(BigDecimal.valueOf(100)) <= 0
						&& weight.scale() <= 2) {
					return weight.scale() < 0 ? weight.setScale(0) : weight;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			errors.add(row, WEIGHT, "plan.workbook.error.weight");
			return null;
		}

		/** A whole percentage from 0 to 100 (a trailing % allowed). */
		private Integer percent() {
			String value = errors.required(row, PERCENT_COMPLETE);
			if (value == null) {
				return null;
			}
			String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
			if (digits.matches("\\d{1,3}") && Integer.parseInt(digits) <= 100) {
				return Integer.parseInt(digits);
			}
			errors.add(row, PERCENT_COMPLETE, "plan.workbook.error.percent");
			return null;
		}

		private Long version() {
			String value = row.get(VERSION);
			if (value == null) {
				return null;
			}
			Optional<Long> version = reference(value);
			if (version.isEmpty()) {
				errors.add(row, VERSION, "import.error.wholeNumber", VERSION);
				return null;
			}
			return version.get();
		}

		/** Refuses a status that would cancel or reinstate: that needs a reason, on the action's page. */
		private void status(WorkbookAction action) {
			String value = row.get(STATUS);
			if (value == null) {
				return;
			}
			boolean saysCancelled = value.equalsIgnoreCase(cancelledInWords) || value.equalsIgnoreCase(ActionStatus.CANCELLED.name());
			if (action == null && saysCancelled) {
				errors.add(row, STATUS, "plan.workbook.error.newCancelled");
			}
			else if (action != null && action.cancelled() && !saysCancelled) {
				errors.add(row, STATUS, "plan.workbook.error.reinstate", action.id());
			}
			else if (action != null && !action.cancelled() && saysCancelled) {
				errors.add(row, STATUS, "plan.workbook.error.cancel", action.id());
			}
		}
	}

	/** Whether the SMART fields are the same, text compared without surrounding spaces and weights by value. */
	static boolean same(SmartDetails recorded, SmartDetails imported) {
		return Objects.equals(stripped(recorded.specific()), imported.specific())
				&& Objects.equals(stripped(recorded.measure()), imported.measure())
				&& Objects.equals(stripped(recorded.targetValue()), imported.targetValue())
				&& Objects.equals(stripped(recorded.ownerPost()), imported.ownerPost())
				&& Objects.equals(stripped(recorded.partner()), imported.partner())
				&& Objects.equals(stripped(recorded.resources()), imported.resources())
				&& Objects.equals(stripped(recorded.relevantObjective()), imported.relevantObjective())
				&& recorded.startDate().equals(imported.startDate()) && recorded.dueDate().equals(imported.dueDate())
				&& recorded.weight().compareTo(imported.weight()) == 0;
	}

	/** Text as the import reads a cell: without surrounding spaces, and null when blank. */
	private static String stripped(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

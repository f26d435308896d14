package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvRow;
import uk.gov.middlesbrough.tracker.importing.RowError;

class PlanWorkbookRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
	private static final long NEWPORT = 1;
	private static final long NORTH_ORMESBY = 2;
	private static final WorkbookPlan SAFE = new WorkbookPlan(11, NEWPORT, "Newport", "Making People Feel Safe", 1);
	private static final WorkbookPlan EMPLOYMENT = new WorkbookPlan(12, NEWPORT, "Newport",
			"Employment, Skills and Financial Inclusion", 2);
	private static final WorkbookPlan OTHER_SAFE = new WorkbookPlan(21, NORTH_ORMESBY, "North Ormesby", "Making People Feel Safe",
			1);
	private static final List<WorkbookPlan> PLANS = List.of(SAFE, EMPLOYMENT, OTHER_SAFE);

	private static final SmartDetails WALKABOUTS = new SmartDetails("Monthly walkabouts", "Walkabouts held", "12", null,
			"Neighbourhood Manager", null, null, "Residents feel safer", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31),
			new BigDecimal("1.00"));
	private static final WorkbookAction WALK = new WorkbookAction(101, SAFE.id(), WALKABOUTS, ActionStatus.ACTIVE, 40, 3,
			"Four held", false);
	private static final WorkbookAction CANCELLED = new WorkbookAction(102, EMPLOYMENT.id(), WALKABOUTS, ActionStatus.CANCELLED, 0,
			1, null, false);
	private static final WorkbookAction ELSEWHERE = new WorkbookAction(201, OTHER_SAFE.id(), WALKABOUTS, ActionStatus.ACTIVE, 0, 0,
			null, false);
	private static final Map<Long, WorkbookAction> ACTIONS = Map.of(101L, WALK, 102L, CANCELLED, 201L, ELSEWHERE);

	/** The head of service: every locality, none of their own. */
	private static CheckedWorkbook headChecks(CsvRow... rows) {
		return new PlanWorkbookRules(PLANS, ACTIONS, id -> true, null, "Cancelled", TODAY).check(List.of(rows));
	}

	/** The walkabouts' row as the export writes it, on its plan's sheet; {@code changes} replace cells. */
	private static CsvRow walkRow(String sheet, Object... changes) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("action_ref", "101");
		values.put("specific", "Monthly walkabouts");
		values.put("measurable", "Walkabouts held");
		values.put("target", "12");
		values.put("owner_post", "Neighbourhood Manager");
		values.put("partner", "");
		values.put("relevant_objective", "Residents feel safer");
		values.put("start_date", "2026-01-01");
		values.put("due_date", "2027-03-31");
		values.put("weight", "1");
		values.put("percent_complete", "40");
		values.put("commentary", "Four held");
		values.put("reason_for_change", "");
		values.put("status", "Green");
		values.put("version", "3");
		for (int i = 0; i < changes.length; i += 2) {
			values.put((String) changes[i], (String) changes[i + 1]);
		}
		return new CsvRow(2, values, sheet);
	}

	private static CsvRow newRow(String sheet, Object... changes) {
		CsvRow walk = walkRow(sheet, changes);
		Map<String, String> values = new LinkedHashMap<>(walk.values());
		if (!List.of(changes).contains("action_ref")) {
			values.put("action_ref", "");
		}
		values.remove("version");
		return new CsvRow(5, values, sheet);
	}

	private static List<String> problems(CheckedWorkbook checked) {
		List<String> problems = new ArrayList<>();
		for (RowError error : checked.errors()) {
			problems.add(error.sheet() + " " + error.row() + " " + error.column() + " " + error.messageKey());
		}
		return problems;
	}

	@Test
	void aRowAsExportedChangesNothing() {
		CheckedWorkbook checked = headChecks(walkRow("Making People Feel Safe"));
		assertThat(checked.errors()).isEmpty();
		assertThat(checked.rows()).singleElement().satisfies(row -> {
			assertThat(row.change()).isEqualTo(ChangeKind.UNCHANGED);
			assertThat(row.plan()).isEqualTo(SAFE);
		});
	}

	@Test
	void aNewPercentageWithNewCommentaryIsAProgressUpdate() {
		WorkbookRow row = headChecks(walkRow("Making People Feel Safe", "percent_complete", "55%", "commentary", "Six held"))
			.rows().get(0);
		assertThat(row.change()).isEqualTo(ChangeKind.CORRECTED);
		assertThat(row.details()).as("the SMART fields are not saved again").isNull();
		assertThat(row.completion()).isEqualTo(55);
		assertThat(row.commentary()).isEqualTo("Six held");
		assertThat(row.differences()).extracting(WorkbookRow.Difference::heading, WorkbookRow.Difference::before,
				WorkbookRow.Difference::after).containsExactly(org.assertj.core.groups.Tuple.tuple("% complete", "40", "55"),
						org.assertj.core.groups.Tuple.tuple("Commentary", "Four held", "Six held"));
	}

	@Test
	void aNewPercentageNeedsNewCommentaryAndALowerOneSaysWhy() {
		assertThat(problems(headChecks(walkRow("Making People Feel Safe", "percent_complete", "55"))))
			.containsExactly("Making People Feel Safe 2 commentary plan.workbook.error.commentary");
		assertThat(problems(headChecks(walkRow("Making People Feel Safe", "percent_complete", "30", "commentary", ""))))
			.containsExactly("Making People Feel Safe 2 commentary plan.workbook.error.commentaryLower");
		// New commentary at the same percentage is an update too.
		assertThat(headChecks(walkRow("Making People Feel Safe", "commentary", "Still four")).rows().get(0).completion())
			.isEqualTo(40);
	}

	@Test
	void aMovedDueDateNeedsAReasonAndIsSavedWithIt() {
		assertThat(problems(headChecks(walkRow("Making People Feel Safe", "due_date", "30/06/2027"))))
			.containsExactly("Making People Feel Safe 2 reason_for_change plan.workbook.error.reason");
		WorkbookRow row = headChecks(walkRow("Making People Feel Safe", "due_date", "30/06/2027", "reason_for_change",
				"Agreed at DIG")).rows().get(0);
		assertThat(row.details().dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(row.reason()).isEqualTo("Agreed at DIG");
		assertThat(row.completion()).isNull();
	}

	@Test
	void aStaleVersionIsRefusedOnlyWhenTheRowWouldChangeSomething() {
		assertThat(headChecks(walkRow("Making People Feel Safe", "version", "2")).errors()).isEmpty();
		assertThat(problems(headChecks(walkRow("Making People Feel Safe", "version", "2", "target", "15"))))
			.containsExactly("Making People Feel Safe 2 version plan.workbook.error.changedMeanwhile");
		// Without a version column the values are compared with what is recorded now.
		Map<String, String> noVersion = new LinkedHashMap<>(walkRow(null).values());
		noVersion.remove("version");
		noVersion.put("target", "15");
		noVersion.put("plan", "Making People Feel Safe");
		assertThat(headChecks(new CsvRow(2, noVersion)).rows().get(0).change()).isEqualTo(ChangeKind.CORRECTED);
	}

	@Test
	void aRowWithoutAReferenceIsANewActionInItsSheetsPlanFoundByTheExportsSheetName() {
		// The export names the sheet "Employment, Skills and Financia" (31 characters).
		CheckedWorkbook checked = headChecks(walkRow("Making People Feel Safe"),
				newRow("Employment, Skills and Financia", "percent_complete", "0", "weight", "", "commentary", ""));
		assertThat(checked.errors()).isEmpty();
		WorkbookRow added = checked.rows().get(1);
		assertThat(added.change()).isEqualTo(ChangeKind.NEW);
		assertThat(added.plan()).isEqualTo(EMPLOYMENT);
		assertThat(added.details().weight()).isEqualByComparingTo("1");
		assertThat(added.completion()).as("no progress update at 0 % without commentary").isNull();
	}

	@Test
	void aNewActionsLocalityIsTheFilesOneLocalityOrTheUsersOwnOrMustBeGiven() {
		assertThat(problems(headChecks(newRow("Making People Feel Safe"))))
			.containsExactly("Making People Feel Safe 5 locality plan.workbook.error.whichLocality");
		CheckedWorkbook managers = new PlanWorkbookRules(PLANS, ACTIONS, id -> id == NORTH_ORMESBY, NORTH_ORMESBY, "Cancelled", TODAY)
			.check(List.of(newRow("Making People Feel Safe")));
		assertThat(managers.rows().get(0).plan()).isEqualTo(OTHER_SAFE);
		assertThat(headChecks(newRow("Making People Feel Safe", "locality", "north ormesby")).rows().get(0).plan())
			.isEqualTo(OTHER_SAFE);
	}

	@Test
	void aManagerMayNotImportAnotherLocalitysRows() {
		CheckedWorkbook checked = new PlanWorkbookRules(PLANS, ACTIONS, id -> id == NORTH_ORMESBY, NORTH_ORMESBY, "Cancelled", TODAY)
			.check(List.of(walkRow("Making People Feel Safe")));
		assertThat(problems(checked)).containsExactly("Making People Feel Safe 2 action_ref plan.workbook.error.notYours");
	}

	@Test
	void anImportCannotMoveCancelOrReinstateAnAction() {
		assertThat(problems(headChecks(walkRow("Employment, Skills and Financia"))))
			.containsExactly("Employment, Skills and Financia 2 action_ref plan.workbook.error.otherPlan");
		assertThat(problems(headChecks(walkRow("Making People Feel Safe", "status", "Cancelled"))))
			.containsExactly("Making People Feel Safe 2 status plan.workbook.error.cancel");
		CsvRow cancelled = walkRow("Employment, Skills and Financia", "action_ref", "102", "percent_complete", "0", "commentary", "",
				"status", "Cancelled", "version", "1");
		assertThat(headChecks(cancelled).rows().get(0).change()).isEqualTo(ChangeKind.UNCHANGED);
		assertThat(problems(headChecks(walkRow("Employment, Skills and Financia", "action_ref", "102", "percent_complete", "10",
				"commentary", "Restarted", "status", "Cancelled", "version", "1"))))
			.containsExactly("Employment, Skills and Financia 2 action_ref plan.workbook.error.cancelled");
		// A sheet named after no plan is fine for a row with a reference, since the action says where it is.
		assertThat(headChecks(walkRow("Sheet1")).errors()).isEmpty();
	}

	@Test
	void badCellsAreEachReportedWithTheirColumn() {
		CsvRow row = walkRow("Making People Feel Safe", "specific", "", "start_date", "31/02/2026", "due_date", "2025-01-01",
				"weight", "101", "percent_complete", "45.5", "action_ref", "9999");
		assertThat(problems(headChecks(row))).containsExactly(
				"Making People Feel Safe 2 action_ref plan.workbook.error.noSuchAction");
		CsvRow fields = walkRow("Making People Feel Safe", "specific", "", "start_date", "31/02/2026", "due_date", "2025-01-01",
				"weight", "101", "percent_complete", "45.5");
		assertThat(problems(headChecks(fields))).containsExactly(
				"Making People Feel Safe 2 specific import.error.required",
				"Making People Feel Safe 2 start_date import.error.date",
				"Making People Feel Safe 2 weight plan.workbook.error.weight",
				"Making People Feel Safe 2 percent_complete plan.workbook.error.percent");
		CsvRow twice = walkRow("Making People Feel Safe");
		assertThat(problems(headChecks(twice, walkRow("Other sheet"))))
			.containsExactly("Other sheet 2 action_ref plan.workbook.error.repeatedOnSheet");
	}

	@Test
	void aColumnLeftOutKeepsWhatIsRecordedAndABlankCellEmptiesIt() {
		SmartDetails withPartner = new SmartDetails("Monthly walkabouts", "Walkabouts held", "12", 7L, "Neighbourhood Manager",
				"Cleveland Police", null, "Residents feel safer", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31), BigDecimal.ONE);
		WorkbookAction action = new WorkbookAction(101, SAFE.id(), withPartner, ActionStatus.ACTIVE, 40, 3, "Four held", false);
		PlanWorkbookRules rules = new PlanWorkbookRules(PLANS, Map.of(101L, action), id -> true, null, "Cancelled", TODAY);
		Map<String, String> without = new LinkedHashMap<>(walkRow("Making People Feel Safe").values());
		without.remove("partner");
		assertThat(rules.check(List.of(new CsvRow(2, without, "Making People Feel Safe"))).rows().get(0).change())
			.isEqualTo(ChangeKind.UNCHANGED);
		WorkbookRow emptied = rules.check(List.of(walkRow("Making People Feel Safe"))).rows().get(0);
		assertThat(emptied.change()).isEqualTo(ChangeKind.CORRECTED);
		assertThat(emptied.details().partner()).isNull();
		assertThat(emptied.details().indicatorId()).as("the indicator link is kept").isEqualTo(7L);
	}

	@Test
	void theExportsHeadingsReadAsTheImportsColumns() {
		for (PlanWorkbookColumns.Heading heading : PlanWorkbookColumns.EXPORTED) {
			String asRead = heading.text().strip().toLowerCase(java.util.Locale.ROOT).replace("%", " percent ")
				.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("(^_+|_+$)", "");
			assertThat(asRead).as(heading.text()).isEqualTo(heading.column());
			assertThat(PlanWorkbookColumns.REQUIRED.contains(heading.column()) || PlanWorkbookColumns.OPTIONAL.contains(heading.column()))
				.as(heading.column()).isTrue();
		}
	}
}

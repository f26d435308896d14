package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;

/**
 * A locality's plans workbook: a sheet a plan (named as {@link PlanWorkbookSheets} names it), an action a row with its
 * reference (its id), SMART fields, dates, weight, % complete, latest commentary, status in words and version, in the
 * columns {@link PlanWorkbookImport} reads, so the workbook imports back unchanged.
 */
@Component
public class PlanWorkbookExport {

	private final PlanWorkbookReads reads;
	private final RagRule ragRule;
	private final MessageSource messages;

	PlanWorkbookExport(PlanWorkbookReads reads, RagThresholds thresholds, MessageSource messages) {
		this.reads = reads;
		this.ragRule = new RagRule(thresholds);
		this.messages = messages;
	}

	/** A locality's workbook: its name and its sheets, or empty if there is no such locality. */
	public record Workbook(String localityName, List<ExportTable> sheets) {
	}

	@Transactional(readOnly = true)
	public Optional<Workbook> of(long localityId, LocalDate today) {
		List<WorkbookPlan> plans = reads.plansOf(localityId);
		if (plans.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> sheetNames = PlanWorkbookSheets.names(plans);
		List<WorkbookAction> actions = reads.localityActions(localityId);
		List<ExportTable> sheets = new ArrayList<>();
		List<String> headings = PlanWorkbookColumns.EXPORTED.stream().map(PlanWorkbookColumns.Heading::text).toList();
		for (Map.Entry<Long, String> sheet : sheetNames.entrySet()) {
			ExportTable table = new ExportTable(sheet.getValue(), headings);
			List<WorkbookAction> planActions = actions.stream().filter(action -> action.planId() == sheet.getKey()).toList();
			planActions.forEach(action -> table.row(cells(action, today)));
			sheets.add(table.markedWhere(PlanWorkbookColumns.ILLUSTRATIVE_HEADING, text("illustrative.tag"),
					planActions.stream().map(WorkbookAction::illustrative).toList()));
		}
		return Optional.of(new Workbook(plans.get(0).localityName(), sheets));
	}

	/** One action's cells, in the order of {@link PlanWorkbookColumns#EXPORTED}. */
	private Object[] cells(WorkbookAction action, LocalDate today) {
		SmartDetails details = action.details();
		String status = action.cancelled() ? text("rag.CANCELLED")
				: text("rag." + ragRule.assess(details.startDate(), details.dueDate(), action.completion(), today).name());
		return new Object[] { action.id(), details.specific(), details.measure(), details.targetValue(), details.ownerPost(),
				details.partner(), details.resources(), details.relevantObjective(), details.startDate(), details.dueDate(),
				details.weight(), action.completion(), action.commentary(), null, status, action.version() };
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}

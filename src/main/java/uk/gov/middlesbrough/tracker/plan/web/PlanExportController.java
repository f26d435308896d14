package uk.gov.middlesbrough.tracker.plan.web;

import java.time.Clock;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.web.Percent;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.plan.RagCounts;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The plan tables as CSV or XLSX: a locality's nine plans, and one plan's actions. */
@Controller
class PlanExportController {

	private final PlanQueries queries;
	private final MessageSource messages;
	private final Clock clock;

	PlanExportController(PlanQueries queries, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/plans/export")
	ResponseEntity<byte[]> localityPlans(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
		AsOf asOf = AsOf.now(clock);
		LocalityPlans plans = queries.localityPlans(id, asOf).orElseThrow(() -> new NotFound("locality", id));
		ExportTable table = new ExportTable(plans.localityName() + " action plans", List.of(text("plan.col.plan"),
				text("plan.field.leadPost"), text("plan.field.leadOrganisation"), text("export.completionPercent"),
				text("rag.NOT_STARTED"), text("rag.GREEN"), text("rag.AMBER"), text("rag.RED"), text("rag.COMPLETE"),
				text("plan.col.review"), text("export.lastReviewed")));
		for (PlanSummary plan : plans.plans()) {
			RagCounts counts = plan.ragCounts();
			table.row(plan.title(), plan.leadPost(), plan.leadOrganisation(), Percent.oneDecimal(plan.completion()), counts.notStarted(),
					counts.green(), counts.amber(), counts.red(), counts.complete(), text(plan.reviewStatus().messageKey()),
					plan.lastReviewed());
		}
		return ExportResponse.of(table.markedWhere(text("export.illustrative"), text("illustrative.tag"),
				plans.plans().stream().map(PlanSummary::illustrative).toList()), format, asOf.day());
	}

	@GetMapping("/plans/{id}/export")
	ResponseEntity<byte[]> planActions(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
		AsOf asOf = AsOf.now(clock);
		PlanPage page = queries.plan(id, asOf).orElseThrow(() -> new NotFound("plan", id));
		ExportTable table = new ExportTable(page.localityName() + " " + page.summary().title() + " actions",
				List.of(text("action.col.action"), text("action.col.owner"), text("action.field.targetValue"),
						text("export.start"), text("action.col.due"), text("export.completePercent"),
						text("export.expectedPercent"), text("action.field.weight"), text("action.col.status")));
		for (ActionRow action : page.actions()) {
			table.row(action.specific(), action.ownerPost(), action.targetValue(), action.startDate(), action.dueDate(),
					action.completion(), action.cancelled() ? null : Percent.oneDecimal(action.expected()), action.weight(),
					text(action.cancelled() ? "rag.CANCELLED" : "rag." + action.rag().name()));
		}
		return ExportResponse.of(table.markedWhere(text("export.illustrative"), text("illustrative.tag"),
				page.actions().stream().map(ActionRow::illustrative).toList()), format, asOf.day());
	}


	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}

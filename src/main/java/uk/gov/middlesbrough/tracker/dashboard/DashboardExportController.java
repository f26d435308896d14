package uk.gov.middlesbrough.tracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.exporting.UnknownExportFormat;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.plan.RagCounts;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** The tables of a dashboard and of a comparison as CSV or XLSX, as of the same date as the page. */
@Controller
class DashboardExportController {

	private final DashboardQueries dashboards;
	private final MessageSource messages;
	private final Clock clock;

	DashboardExportController(DashboardQueries dashboards, MessageSource messages, Clock clock) {
		this.dashboards = dashboards;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/dashboard/export")
	ResponseEntity<byte[]> dashboard(@PathVariable long id, @RequestParam(defaultValue = "plans") String table,
			@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return export(List.of(id), table, format, asOf);
	}

	@GetMapping("/compare/export")
	ResponseEntity<byte[]> comparison(@RequestParam(name = "locality") List<Long> localities,
			@RequestParam(defaultValue = "plans") String table, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return export(localities, table, format, asOf);
	}

	private ResponseEntity<byte[]> export(List<Long> localityIds, String table, String format, LocalDate day) {
		AsOf asOf = day == null ? AsOf.now(clock) : AsOf.endOf(day, clock);
		List<LocalityDashboard> found = dashboards.dashboards(localityIds, asOf);
		if (found.isEmpty()) {
			throw new DashboardNotFound(localityIds.isEmpty() ? -1 : localityIds.get(0));
		}
		if (!"plans".equals(table)) {
			throw new UnknownExportFormat(table);
		}
		return ExportResponse.of(plansTable(found), format, asOf.day());
	}

	private ExportTable plansTable(List<LocalityDashboard> found) {
		List<String> headings = new ArrayList<>(List.of(text("export.locality"), text("plan.col.plan"),
				text("export.completionPercent"), text("rag.NOT_STARTED"), text("rag.GREEN"), text("rag.AMBER"), text("rag.RED"),
				text("rag.COMPLETE"), text("plan.col.review"), text("export.lastReviewed")));
		ExportTable export = new ExportTable(found.size() == 1 ? found.get(0).locality().name() + " action plans"
				: "Action plans compared", headings);
		for (LocalityDashboard dashboard : found) {
			for (PlanSummary plan : dashboard.plans().plans()) {
				RagCounts counts = plan.ragCounts();
				export.row(dashboard.locality().name(), plan.title(),
						plan.completion() == null ? null : Math.round(plan.completion() * 10) / 10.0, counts.notStarted(),
						counts.green(), counts.amber(), counts.red(), counts.complete(), text(plan.reviewStatus().messageKey()),
						plan.lastReviewed());
			}
		}
		return export;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}

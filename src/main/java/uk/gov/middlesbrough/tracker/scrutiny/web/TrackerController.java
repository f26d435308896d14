package uk.gov.middlesbrough.tracker.scrutiny.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.scrutiny.ExecutiveResponse;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationActions;
import uk.gov.middlesbrough.tracker.scrutiny.ReportBackReadiness;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyPermissions;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage.FlagFilter;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerRow;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** A review's tracker, filtered by status and flag, and the same table as CSV or XLSX. Everyone signed in may read it. */
@Controller
class TrackerController {

	private final ScrutinyQueries queries;
	private final ScrutinyOptions options;
	private final Clock clock;
	private final RecommendationActions delivering;

	TrackerController(ScrutinyQueries queries, ScrutinyOptions options, Clock clock, RecommendationActions delivering) {
		this.delivering = delivering;
		this.queries = queries;
		this.options = options;
		this.clock = clock;
	}

	@GetMapping("/scrutiny/reviews/{id}")
	String tracker(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String flag, @AuthenticationPrincipal SignedInUser user, Model model) {
		TrackerPage page = page(id);
		RecommendationStatus chosenStatus = ScrutinyOptions.choice(RecommendationStatus.class, status);
		FlagFilter chosenFlag = ScrutinyOptions.choice(FlagFilter.class, flag);
		model.addAttribute("page", page);
		model.addAttribute("rows", page.filtered(chosenStatus, chosenFlag));
		model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
		model.addAttribute("flag", chosenFlag == null ? "" : chosenFlag.name());
		model.addAttribute("filtered", chosenStatus != null || chosenFlag != null);
		model.addAttribute("statusOptions", options.statuses());
		model.addAttribute("flagOptions", options.flagFilters());
		model.addAttribute("canEdit", ScrutinyPermissions.mayEdit(user));
		model.addAttribute("readyToReportBack", readyToReportBack(page));
		return "scrutiny/tracker";
	}

	@GetMapping("/scrutiny/reviews/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String status, @RequestParam(required = false) String flag) {
		TrackerPage page = page(id);
		List<TrackerRow> rows = page.filtered(ScrutinyOptions.choice(RecommendationStatus.class, status),
				ScrutinyOptions.choice(FlagFilter.class, flag));
		ExportTable table = new ExportTable(page.review().topic() + " recommendations", List.of(
				options.text("scrutiny.col.reference"), options.text("scrutiny.col.recommendation"),
				options.text("scrutiny.field.comment"), options.text("scrutiny.field.proposedAction"),
				options.text("scrutiny.col.post"), options.text("scrutiny.field.budgetText"),
				options.text("scrutiny.export.budgetAmount"), options.text("scrutiny.field.timescaleText"),
				options.text("scrutiny.field.targetDate"), options.text("scrutiny.field.reportBackOn"),
				options.text("scrutiny.col.status"), options.text("scrutiny.col.flags"), options.text("scrutiny.field.decision"),
				options.text("scrutiny.field.decisionReasons"), options.text("scrutiny.export.closure")));
		for (TrackerRow row : rows) {
			ExecutiveResponse response = row.response();
			table.row(row.reference(), row.text(), response.comment(), response.proposedAction(), response.responsiblePost(),
					response.budgetText(), response.budgetAmount(), response.timescaleText(), response.targetDate(),
					response.reportBackOn(), options.text(row.status().messageKey()), flags(row),
					options.decision(response.decision()), response.decisionReasons(), options.closure(row.closure()));
		}
		return ExportResponse.of(table.markedWhere(options.text("export.illustrative"), options.text("illustrative.tag"),
				rows.stream().map(TrackerRow::illustrative).toList()), format, page.asOf().day());
	}

	private String flags(TrackerRow row) {
		return row.flags().stream()
				.map(flag -> options.text(flag.kind().messageKey()) + " (" + flag.date() + ")")
				.collect(Collectors.joining("; "));
	}

	/** The ids of the recommendations whose delivering actions are all complete (two statements for the review). */
	private Set<Long> readyToReportBack(TrackerPage page) {
		Map<Long, TrackerRow> rows = page.rows().stream()
			.collect(Collectors.toMap(TrackerRow::id, row -> row));
		Set<Long> ready = new HashSet<>();
		delivering.of(rows.keySet()).forEach((id, actions) -> {
			if (ReportBackReadiness.ready(rows.get(id).status(), actions)) {
				ready.add(id);
			}
		});
		return ready;
	}

	private TrackerPage page(long id) {
		return queries.tracker(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("review", id));
	}
}

package uk.gov.middlesbrough.tracker.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.dashboard.DashboardPage;
import uk.gov.middlesbrough.tracker.dashboard.Dashboards;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.exporting.UnknownExportFormat;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * The tables of a dashboard and of a comparison as CSV or XLSX, as of the same date as the page; each table comes
 * from the section that shows it ({@code ?table=plans}).
 */
@Controller
class DashboardExportController {

	private final Dashboards dashboards;
	private final Clock clock;

	DashboardExportController(Dashboards dashboards, Clock clock) {
		this.dashboards = dashboards;
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
		DashboardPage page = dashboards.page(localityIds, asOf);
		if (page.isEmpty()) {
			throw new NotFound("locality", localityIds.isEmpty() ? -1 : localityIds.get(0));
		}
		ExportTable found = page.sections().stream().map(section -> section.export(table)).flatMap(Optional::stream)
				.findFirst().orElseThrow(() -> new UnknownExportFormat(table));
		return ExportResponse.of(found, format, asOf.day());
	}
}

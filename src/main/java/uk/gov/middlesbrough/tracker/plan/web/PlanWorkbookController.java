package uk.gov.middlesbrough.tracker.plan.web;

import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.plan.PlanWorkbookExport;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** A locality's plans workbook (XLSX, a sheet a plan), which imports back at {@code /plans/import}. Everyone signed in may download it. */
@Controller
class PlanWorkbookController {

	private final PlanWorkbookExport export;
	private final Clock clock;

	PlanWorkbookController(PlanWorkbookExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/plans/workbook.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long id) {
		AsOf today = AsOf.now(clock);
		PlanWorkbookExport.Workbook workbook = export.of(id, today.day()).orElseThrow(() -> new NotFound("locality", id));
		return ExportResponse.workbook(workbook.localityName() + " action plans", workbook.sheets(), today.day());
	}
}

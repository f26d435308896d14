package uk.gov.middlesbrough.tracker.indicator.web;

import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFiguresExport;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPage;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The indicator page's figures, with their sign-off and provenance, as CSV or XLSX (everyone signed in). */
@Controller
class IndicatorExportController {

	private final IndicatorQueries queries;
	private final MessageSource messages;
	private final SmallNumbers smallNumbers;
	private final Clock clock;

	IndicatorExportController(IndicatorQueries queries, MessageSource messages, SmallNumbers smallNumbers, Clock clock) {
		this.queries = queries;
		this.messages = messages;
		this.smallNumbers = smallNumbers;
		this.clock = clock;
	}

	/** The localities the page shows in full: all while few have figures, else the one chosen ({@code locality}). */
	@GetMapping("/indicators/{id}/export")
	ResponseEntity<byte[]> figures(@PathVariable long id, @RequestParam(required = false) Long locality,
			@RequestParam(defaultValue = "csv") String format) {
		AsOf now = AsOf.now(clock);
		IndicatorPage page = queries.page(id, now, locality).orElseThrow(() -> new NotFound("indicator", id));
		return ExportResponse.of(new IndicatorFiguresExport(messages, LocaleContextHolder.getLocale(), smallNumbers).table(page),
				format, now.day());
	}
}

package uk.gov.middlesbrough.tracker.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.web.Paged;

/** The audit trail page and its export (head of service and administrators; the URL rules refuse others). */
@Controller
class AuditController {

	private final AuditTrail trail;
	private final MessageSource messages;

	AuditController(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model, HttpServletRequest request) {
		validate(filter, binding);
		AuditTrail.Page page = trail.page(filter);
		model.addAttribute("lines", page.lines());
		model.addAttribute("paged", new Paged<>(page.lines(), page.page(), AuditTrail.PAGE_SIZE, (int) Math.min(page.total(),
				Integer.MAX_VALUE), pageHref(request, page.page() - 1, page.page() > 1),
				pageHref(request, page.page() + 1, (long) page.page() * AuditTrail.PAGE_SIZE < page.total())));
		model.addAttribute("people", page.people());
		model.addAttribute("recordKinds", page.kinds());
		model.addAttribute("kinds", AuditKind.values());
		model.addAttribute("csvHref", exportHref(request, "csv"));
		model.addAttribute("xlsxHref", exportHref(request, "xlsx"));
		return "audit/list";
	}

	@GetMapping("/audit/export")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
			@RequestParam(required = false) String format) {
		validate(filter, binding);
		return ExportResponse.of(trail.export(filter), format, LocalDate.now(AuditQueries.UK));
	}

	/** Bad dates are shown with GOV.UK messages and left out of the filtering. */
	private void validate(AuditFilter filter, BindingResult binding) {
		filter.validate(binding, messages.getMessage("audit.filter.fromInWords", null, Locale.UK),
				messages.getMessage("audit.filter.toInWords", null, Locale.UK));
	}

	private static String pageHref(HttpServletRequest request, int page, boolean exists) {
		return exists ? UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
				.replaceQueryParam("page", page).build().toUriString() : null;
	}

	private static String exportHref(HttpServletRequest request, String format) {
		return UriComponentsBuilder.fromPath("/audit/export").query(request.getQueryString()).replaceQueryParam("page")
				.replaceQueryParam("format", format).build().toUriString();
	}
}

package uk.gov.middlesbrough.tracker.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit trail page (head of service and administrators; the URL rules refuse others). */
@Controller
class AuditController {

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model) {
		if (binding.hasFieldErrors("from")) {
			filter.setFrom(null);
		}
		if (binding.hasFieldErrors("to")) {
			filter.setTo(null);
		}
		model.addAttribute("result", queries.find(filter));
		model.addAttribute("recordTypes", queries.recordTypes());
		model.addAttribute("kinds", AuditKind.values());
		return "audit/list";
	}
}

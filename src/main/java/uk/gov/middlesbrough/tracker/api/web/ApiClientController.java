package uk.gov.middlesbrough.tracker.api.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.api.ApiCalls;
import uk.gov.middlesbrough.tracker.api.ApiClients;
import uk.gov.middlesbrough.tracker.api.ApiClients.ClientView;
import uk.gov.middlesbrough.tracker.api.ApiTokens;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The administrator's API clients (every {@code /admin/**} page is for administrators only): the list, issuing a
 * token (shown once, on the answer to the form, never stored or put in the session), a client's page with its
 * recent calls, and revoking after a confirmation.
 */
@Controller
class ApiClientController {

	private final ApiClients clients;
	private final ApiTokens tokens;
	private final ApiCalls calls;

	ApiClientController(ApiClients clients, ApiTokens tokens, ApiCalls calls) {
		this.clients = clients;
		this.tokens = tokens;
		this.calls = calls;
	}

	@GetMapping("/admin/api-clients")
	String list(Model model) {
		model.addAttribute("clients", clients.all());
		return "api/clients";
	}

	@GetMapping("/admin/api-clients/new")
	String newForm(Model model) {
		model.addAttribute("apiClientForm", new ApiClientForm());
		return "api/client-new";
	}

	@PostMapping("/admin/api-clients")
	String issue(@Valid @ModelAttribute ApiClientForm apiClientForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
		if (result.hasErrors()) {
			return "api/client-new";
		}
		ApiTokens.IssuedToken issued = tokens.issue(apiClientForm.getName(), apiClientForm.getOrganisation(),
				user.getUsername());
		// The token is on this answer only: no browser or proxy may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("client", client(issued.clientId()));
		model.addAttribute("token", issued.token());
		return "api/client-issued";
	}

	@GetMapping("/admin/api-clients/{id}")
	String client(@PathVariable long id, Model model) {
		model.addAttribute("client", client(id));
		model.addAttribute("calls", calls.recent(id));
		model.addAttribute("recentLimit", ApiCalls.RECENT);
		return "api/client";
	}

	@GetMapping("/admin/api-clients/{id}/revoke")
	String confirmRevoke(@PathVariable long id, Model model) {
		ClientView client = client(id);
		if (client.revoked()) {
			return "redirect:/admin/api-clients/" + id;
		}
		model.addAttribute("client", client);
		return "api/client-revoke";
	}

	@PostMapping("/admin/api-clients/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(id);
		SuccessMessage.flash(redirect, "apiClient.revoked", client(id).name());
		return "redirect:/admin/api-clients/" + id;
	}

	private ClientView client(long id) {
		return clients.find(id).orElseThrow(() -> new NotFound("API client", id));
	}
}

package uk.gov.middlesbrough.tracker.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.middlesbrough.tracker.security.SignInOptions;

/** The pages a sign-in with the council's identity provider lands on when it does not sign anyone in. */
@Controller
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + SignInOptions.COUNCIL, name = "client-id")
class CouncilSignInRefusedController {

	/** Page → the start of its message keys. */
	private static final Map<String, String> MESSAGES = Map.of(
			CouncilSignInConfiguration.NO_ACCOUNT_PAGE, "signIn.council.noAccount",
			CouncilSignInConfiguration.ACCOUNT_DISABLED_PAGE, "signIn.council.disabled",
			CouncilSignInConfiguration.PROVIDER_ERROR_PAGE, "signIn.council.providerError");

	private final SignInOptions options;

	CouncilSignInRefusedController(SignInOptions options) {
		this.options = options;
	}

	@GetMapping({ CouncilSignInConfiguration.NO_ACCOUNT_PAGE, CouncilSignInConfiguration.ACCOUNT_DISABLED_PAGE,
			CouncilSignInConfiguration.PROVIDER_ERROR_PAGE })
	String refused(HttpServletRequest request, Model model) {
		model.addAttribute("messages", MESSAGES.get(request.getServletPath()));
		model.addAttribute("councilName", options.councilName().orElseThrow());
		return "security/sign-in-refused";
	}
}

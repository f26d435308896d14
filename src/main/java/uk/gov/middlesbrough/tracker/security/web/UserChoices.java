package uk.gov.middlesbrough.tracker.security.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.gov.middlesbrough.tracker.security.LocalityChoices;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.web.Option;

/** The role and locality choices the user forms offer. */
@Component
class UserChoices {

	private final MessageSource messages;
	private final LocalityChoices localities;

	UserChoices(MessageSource messages, LocalityChoices localities) {
		this.messages = messages;
		this.localities = localities;
	}

	void addTo(Model model) {
		model.addAttribute("roleOptions", Arrays.stream(Role.values())
				.map(role -> new Option(role.name(), messages.getMessage(role.messageKey(), null, LocaleContextHolder.getLocale())))
				.toList());
		model.addAttribute("localityOptions", localityOptions());
	}

	List<Option> localityOptions() {
		return localities.all().stream().map(choice -> new Option(String.valueOf(choice.id()), choice.name())).toList();
	}

	String localityName(Long localityId) {
		return localityId == null ? null : localities.nameOf(localityId).orElse(null);
	}
}

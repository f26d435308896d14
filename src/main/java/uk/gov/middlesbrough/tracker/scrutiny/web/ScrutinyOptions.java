package uk.gov.middlesbrough.tracker.scrutiny.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.scrutiny.PanelAgreement;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ResponseDecision;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyPermissions;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerPage;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.Option;

/** The choices the tracker's forms and filters offer, in words, and who may keep the tracker. */
@Component
class ScrutinyOptions {

	private final MessageSource messages;

	ScrutinyOptions(MessageSource messages) {
		this.messages = messages;
	}

	List<Option> statuses() {
		return Arrays.stream(RecommendationStatus.values()).map(status -> new Option(status.name(), text(status.messageKey())))
				.toList();
	}

	List<Option> decisions() {
		return Arrays.stream(ResponseDecision.values())
				.map(decision -> new Option(decision.name(), text(decision.messageKey()))).toList();
	}

	List<Option> flagFilters() {
		return Arrays.stream(TrackerPage.FlagFilter.values()).map(flag -> new Option(flag.name(), text(flag.messageKey())))
				.toList();
	}

	/** The decision in words, or null when none is recorded. */
	String decision(ResponseDecision decision) {
		return decision == null ? null : text(decision.messageKey());
	}

	/** "Closed with the panel's agreement at … on …", or null when there is none. */
	String closure(PanelAgreement closure) {
		return closure == null ? null : text("scrutiny.closure.summary", closure.inWords());
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The value of an enum filter parameter, or null for none or a value that is not one of the choices. */
	static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Refuses a user who does not keep the tracker (only the scrutiny officer and the head of service do). */
	static void checkMayEdit(SignedInUser user, String what) {
		if (!ScrutinyPermissions.mayEdit(user)) {
			throw new AccessDeniedException("Not allowed to " + what);
		}
	}
}

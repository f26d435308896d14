package uk.gov.middlesbrough.tracker.escalation.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.gov.middlesbrough.tracker.escalation.EscalationKinds;
import uk.gov.middlesbrough.tracker.escalation.EscalationList;
import uk.gov.middlesbrough.tracker.escalation.EscalationPermissions;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.Paged;

/** What the list page shows: the filter's choices, the counts per kind, the filtered items and what the user may do. */
@Component
class EscalationPageModel {

	/** Open items per page: a county's list runs to thousands. */
	static final int PAGE_SIZE = 100;

	private final LocalityQueries localities;
	private final MessageSource messages;
	private final EscalationKinds kinds;

	EscalationPageModel(LocalityQueries localities, MessageSource messages, EscalationKinds kinds) {
		this.kinds = kinds;
		this.localities = localities;
		this.messages = messages;
	}

	/**
	 * @param locality the locality of a locality's own page, or null for the page across localities
	 * @param user the signed-in user, offered marking only for the localities they may mark
	 */
	void fill(Model model, EscalationList list, EscalationFilter filter, LocalityView locality, SignedInUser user) {
		List<LocalityView> all = localities.all();
		String caption = locality != null ? locality.name()
				: filter.localityIds().size() == 1 ? all.stream().filter(each -> each.id() == filter.localityIds().get(0))
						.map(LocalityView::name).findFirst().orElse(null) : null;
		// The shown localities whose items the user may mark: the page offers marking only there.
		Set<Long> markable = all.stream().map(LocalityView::id)
				.filter(id -> filter.localityIds().isEmpty() || filter.localityIds().contains(id))
				.filter(id -> EscalationPermissions.mayMark(user, id))
				.collect(Collectors.toSet());
		model.addAttribute("caption", caption);
		model.addAttribute("localityPage", locality);
		model.addAttribute("localityOptions", all.stream()
				.map(each -> new Choice(String.valueOf(each.id()), each.name(), filter.localityIds().contains(each.id())))
				.toList());
		model.addAttribute("kindOptions", kinds.all().stream()
				.map(kind -> new Choice(kind.name(), text(kind.pluralMessageKey()), filter.kinds().contains(kind)))
				.toList());
		model.addAttribute("counts", list.counts(kinds.all()));
		model.addAttribute("totalOpen", list.open().size());
		EscalationList shown = list.only(filter.kinds());
		model.addAttribute("list", shown);
		model.addAttribute("openPage", Paged.of(shown.open(), "page", PAGE_SIZE));
		model.addAttribute("filtered", locality == null ? filter.filtered() : !filter.kinds().isEmpty());
		model.addAttribute("exportPath", locality == null ? "/escalations/export" : "/localities/" + locality.id() + "/escalations/export");
		model.addAttribute("exportLocalities", locality == null ? filter.localityIds() : List.of());
		model.addAttribute("exportKinds", filter.kindNames());
		model.addAttribute("markable", markable);
		model.addAttribute("from", locality == null ? "all" : "locality");
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}

	/** A checkbox of the filter. */
	record Choice(String value, String text, boolean checked) {
	}
}

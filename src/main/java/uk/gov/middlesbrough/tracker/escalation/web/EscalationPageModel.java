package uk.gov.middlesbrough.tracker.escalation.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import uk.gov.middlesbrough.tracker.escalation.DigDecision;
import uk.gov.middlesbrough.tracker.escalation.DigDecisions;
import uk.gov.middlesbrough.tracker.escalation.DigStanding;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.RaisedMark;
import java.util.Locale;
import java.util.Map;
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
	private final DigDecisions decisions;

	EscalationPageModel(LocalityQueries localities, MessageSource messages, EscalationKinds kinds, DigDecisions decisions) {
		this.kinds = kinds;
		this.decisions = decisions;
		this.localities = localities;
		this.messages = messages;
	}

	/**
	 * @param locality the locality of a locality's own page, or null for the page across localities
	 * @param user the signed-in user, offered marking only for the localities they may mark
	 */
	void fill(Model model, EscalationList list, EscalationFilter filter, DecisionFilter decision, LocalityView locality,
			SignedInUser user) {
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
		Map<String, DecisionView> views = decisionViews(list);
		model.addAttribute("decisionViews", views);
		model.addAttribute("decisionOptions", java.util.Arrays.stream(DecisionFilter.values())
				.map(each -> new Choice(each.value(), text(each.messageKey()), each == decision)).toList());
		EscalationList kindsShown = list.only(filter.kinds());
		EscalationList shown = decision == DecisionFilter.ANY ? kindsShown : new EscalationList(
				kindsShown.open().stream().filter(item -> decision.keeps(views.get(key(item.escalation())).state())).toList(),
				kindsShown.resolved().stream().filter(item -> decision.keeps(views.get(key(item.asMarked())).state())).toList(),
				kindsShown.asOf());
		model.addAttribute("list", shown);
		model.addAttribute("openPage", Paged.of(shown.open(), "page", PAGE_SIZE));
		model.addAttribute("filtered", decision != DecisionFilter.ANY
				|| (locality == null ? filter.filtered() : !filter.kinds().isEmpty()));
		model.addAttribute("exportPath", locality == null ? "/escalations/export" : "/localities/" + locality.id() + "/escalations/export");
		model.addAttribute("exportLocalities", locality == null ? filter.localityIds() : List.of());
		model.addAttribute("exportKinds", filter.kindNames());
		model.addAttribute("markable", markable);
		model.addAttribute("from", locality == null ? "all" : "locality");
	}

	/** Each listed item's standing with DIG, from the latest decisions recorded by the list's moment (one statement). */
	private Map<String, DecisionView> decisionViews(EscalationList list) {
		List<Long> ids = java.util.stream.Stream.concat(list.open().stream().map(item -> item.escalation().localityId()),
				list.resolved().stream().map(item -> item.asMarked().localityId())).distinct().toList();
		Map<String, DigDecision> latest = decisions.latest(ids, list.asOf());
		Map<String, Integer> times = decisions.timesRaised(ids, list.asOf());
		Map<String, DecisionView> views = new HashMap<>();
		list.open().forEach(item -> views.put(key(item.escalation()), view(item.latestMark(), latest.get(key(item.escalation())),
				times.getOrDefault(key(item.escalation()), 0), list.asOf().day())));
		list.resolved().forEach(item -> views.put(key(item.asMarked()), view(item.latestMark(), latest.get(key(item.asMarked())),
				times.getOrDefault(key(item.asMarked()), 0), list.asOf().day())));
		return views;
	}

	private static DecisionView view(RaisedMark mark, DigDecision decision, int timesRaised, LocalDate today) {
		return DecisionView.of(DigStanding.of(mark, decision, today), timesRaised);
	}

	private static String key(Escalation item) {
		return DigDecisions.itemKey(item.localityId(), item.key());
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}

	/** A checkbox of the filter. */
	record Choice(String value, String text, boolean checked) {
	}
}

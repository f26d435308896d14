package uk.gov.middlesbrough.tracker.escalation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.gov.middlesbrough.tracker.escalation.EscalationItem;
import uk.gov.middlesbrough.tracker.escalation.EscalationMarking;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * What the pages about one item (marking it, recording DIG's decision) share: the item read once as of now, for a
 * user who may mark the locality's items, and the list to go back to.
 */
@Component
class ItemPages {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final EscalationQueries queries;
	private final LocalityQueries localities;
	private final Clock clock;

	ItemPages(EscalationQueries queries, LocalityQueries localities, Clock clock) {
		this.queries = queries;
		this.localities = localities;
		this.clock = clock;
	}

	/** The locality read as of now and the item in it; refused if the user may not mark there, not found if unknown. */
	ItemPage find(SignedInUser user, long locality, String key) {
		EscalationMarking.checkMayMark(user, locality);
		LocalityReading reading = new LocalityReading(localities.findAll(List.of(locality)), AsOf.now(clock));
		return queries.item(reading, locality, key).map(item -> new ItemPage(reading, item))
			.orElseThrow(() -> new NotFound("escalation " + key));
	}

	LocalDate today() {
		return AsOf.now(clock).day();
	}

	/** The item, its marks and the way back, as both pages show them. */
	static void fill(Model model, EscalationItem item, String from) {
		model.addAttribute("escalation", item.escalation());
		model.addAttribute("marks", item.marks());
		model.addAttribute("from", "locality".equals(from) ? "locality" : "all");
		model.addAttribute("back", back(from, item.escalation().localityId()));
	}

	/** The list the user came from: the locality's own page, or the list across localities. */
	static String back(String from, long locality) {
		return "locality".equals(from) ? "/localities/" + locality + "/escalations" : "/escalations";
	}

	/** The reading the item was derived from (the page reads what else it needs through it) and the item. */
	record ItemPage(LocalityReading reading, EscalationItem item) {
	}
}

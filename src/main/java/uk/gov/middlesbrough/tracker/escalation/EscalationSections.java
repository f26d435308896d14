package uk.gov.middlesbrough.tracker.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.DashboardSection;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PackSection;
import uk.gov.middlesbrough.tracker.pack.PackSummaryColumn;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * Each locality's open escalations to DIG on its dashboard and in the pack, after the plans, each raised item with
 * where it stands with DIG (its latest decision's words, who is to act and the review date). Derived from the same
 * reading as the other sections, so the plans, indicators and caseloads are not read a second time.
 */
@Component
class EscalationSections implements DashboardSection, PackSection {

	/** Open items a dashboard lists before pointing to the locality's DIG list. */
	static final int DASHBOARD_ITEMS = 20;

	private final EscalationQueries queries;
	private final DigDecisions decisions;
	private final MessageSource messages;

	EscalationSections(EscalationQueries queries, DigDecisions decisions, MessageSource messages) {
		this.queries = queries;
		this.decisions = decisions;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public OpenEscalations section(LocalityReading reading) {
		Map<Long, List<OpenEscalation>> open = queries.openByLocality(reading);
		return new OpenEscalations(reading.localities(), open, standings(open, reading.asOf()), messages,
				LocaleContextHolder.getLocale());
	}

	@Override
	public OpenEscalations packPart(LocalityReading reading) {
		return section(reading);
	}

	/**
	 * Each open item's standing with DIG by {@link DigDecisions#itemKey}, from the latest decisions recorded by the
	 * moment: one statement for the localities where something is raised, none when nothing is.
	 */
	private Map<String, DigStanding> standings(Map<Long, List<OpenEscalation>> open, AsOf asOf) {
		List<Long> raisedIn = open.entrySet().stream()
				.filter(entry -> entry.getValue().stream().anyMatch(OpenEscalation::raised))
				.map(Map.Entry::getKey).toList();
		Map<String, DigDecision> latest = decisions.latest(raisedIn, asOf);
		Map<String, DigStanding> standings = new HashMap<>();
		open.values().forEach(items -> items.forEach(item -> {
			String key = OpenEscalations.key(item);
			standings.put(key, DigStanding.of(item.latestMark(), latest.get(key), asOf.day()));
		}));
		return standings;
	}

	/** The open items of some localities, each with its latest mark and its standing with DIG. */
	public record OpenEscalations(List<LocalityView> localities, Map<Long, List<OpenEscalation>> byLocality,
			Map<String, DigStanding> standings, MessageSource messages, Locale locale) implements SectionContent, PackPart {

		/** The items a dashboard lists (the first {@link #DASHBOARD_ITEMS}); the locality's DIG list has them all. */
		public List<OpenEscalation> shown(long localityId) {
			List<OpenEscalation> all = of(localityId);
			return all.subList(0, Math.min(all.size(), DASHBOARD_ITEMS));
		}

		public List<OpenEscalation> of(long localityId) {
			return byLocality.getOrDefault(localityId, List.of());
		}

		/** Where the item stands with DIG: not raised, awaiting a decision, decided or overdue for review. */
		public DigStanding standing(OpenEscalation item) {
			return standings.get(key(item));
		}

		private static String key(OpenEscalation item) {
			return DigDecisions.itemKey(item.escalation().localityId(), item.escalation().key());
		}

		@Override
		public TemplateFragment dashboard() {
			return TemplateFragment.of("escalation/sections :: dashboard");
		}

		@Override
		public TemplateFragment pdfLocality() {
			return TemplateFragment.of("escalation/sections :: pdf");
		}

		@Override
		public List<PackSummaryColumn> summaryColumns() {
			return List.of(PackSummaryColumn.of("pdf.summary.escalations", "escalation/sections :: pdf-summary"));
		}

		@Override
		public List<ExportTable> tables() {
			List<String> headings = new ArrayList<>(List.of(text("export.locality"), text("pdf.escalations.kind"),
					text("pdf.escalations.item"), text("pdf.escalations.why"), text("pdf.escalations.raised")));
			DigStanding.EXPORT_HEADINGS.forEach(key -> headings.add(text(key)));
			ExportTable table = new ExportTable("Escalations to DIG", headings);
			for (LocalityView locality : localities) {
				for (OpenEscalation item : of(locality.id())) {
					DigStanding standing = standing(item);
					List<Object> cells = new ArrayList<>(Arrays.asList(locality.name(), text(item.escalation().kind().messageKey()),
							item.escalation().subject(), item.escalation().reason(), item.raised() ? item.latestMark().raisedOn() : null));
					cells.addAll(standing.exportCells(text(standing.state().messageKey())));
					table.row(cells.toArray());
				}
			}
			return List.of(table);
		}

		private String text(String key) {
			return messages.getMessage(key, null, locale);
		}
	}
}

package uk.gov.middlesbrough.tracker.escalation;

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
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * Each locality's open escalations to DIG on its dashboard and in the pack, after the plans. Derived from the same
 * reading as the other sections, so the plans, indicators and caseloads are not read a second time.
 */
@Component
class EscalationSections implements DashboardSection, PackSection {

	/** Open items a dashboard lists before pointing to the locality's DIG list. */
	static final int DASHBOARD_ITEMS = 20;

	private final EscalationQueries queries;
	private final MessageSource messages;

	EscalationSections(EscalationQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public OpenEscalations section(LocalityReading reading) {
		return new OpenEscalations(reading.localities(), queries.openByLocality(reading), messages,
				LocaleContextHolder.getLocale());
	}

	@Override
	public OpenEscalations packPart(LocalityReading reading) {
		return section(reading);
	}

	/** The open items of some localities, each with its latest mark. */
	public record OpenEscalations(List<LocalityView> localities, Map<Long, List<OpenEscalation>> byLocality, MessageSource messages,
			Locale locale) implements SectionContent, PackPart {

		/** The items a dashboard lists (the first {@link #DASHBOARD_ITEMS}); the locality's DIG list has them all. */
		public List<OpenEscalation> shown(long localityId) {
			List<OpenEscalation> all = of(localityId);
			return all.subList(0, Math.min(all.size(), DASHBOARD_ITEMS));
		}

		public List<OpenEscalation> of(long localityId) {
			return byLocality.getOrDefault(localityId, List.of());
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
			ExportTable table = new ExportTable("Escalations to DIG", List.of(text("export.locality"), text("pdf.escalations.kind"),
					text("pdf.escalations.item"), text("pdf.escalations.why"), text("pdf.escalations.raised")));
			for (LocalityView locality : localities) {
				of(locality.id()).forEach(item -> table.row(locality.name(), text(item.escalation().kind().messageKey()),
						item.escalation().subject(), item.escalation().reason(), item.raised() ? item.latestMark().raisedOn() : null));
			}
			return List.of(table);
		}

		private String text(String key) {
			return messages.getMessage(key, null, locale);
		}
	}
}

package uk.gov.middlesbrough.tracker.contribution;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import uk.gov.middlesbrough.tracker.dashboard.DashboardSection;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationKind;
import uk.gov.middlesbrough.tracker.escalation.EscalationSource;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PackSection;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * A new kind of figure ("ward statistics") plugged in as a feature would be: a dashboard section, a pack part and an
 * escalation kind, all in this one package, with no change to the dashboard, pack or escalation modules. The
 * "figures" are counted reads, so a test can see that the section and the escalations share one read.
 */
@TestConfiguration(proxyBeanMethods = false)
class WardStatisticsExample {

	static final EscalationKind WARD_DETERIORATING = new EscalationKind("WARD_DETERIORATING", 45, "govuk-tag--orange");

	private static final Object READ = new Object();

	static int reads;

	/** One read per reading: every locality's (made-up) figure. */
	private static List<WardFigure> figures(LocalityReading reading) {
		return reading.once(READ, read -> {
			reads++;
			return read.localities().stream().map(locality -> new WardFigure(locality.id(), locality.name(), 42)).toList();
		});
	}

	@Bean
	WardSections wardSections() {
		return new WardSections();
	}

	@Bean
	EscalationSource wardEscalations() {
		return new EscalationSource() {
			@Override
			public List<String> derivedFrom() {
				return List.of();
			}

			@Override
			public List<EscalationKind> kinds() {
				return List.of(WARD_DETERIORATING);
			}

			@Override
			public List<Escalation> escalations(LocalityReading reading) {
				return figures(reading).stream()
					.map(figure -> new Escalation(WARD_DETERIORATING.key("ward", figure.localityId()), WARD_DETERIORATING,
							figure.localityId(), figure.localityName(), "Ward statistics", "Deteriorating: " + figure.value(),
							"/localities/" + figure.localityId() + "/dashboard"))
					.toList();
			}
		};
	}

	static class WardSections implements DashboardSection, PackSection {

		@Override
		public int order() {
			return 45;
		}

		@Override
		public WardContent section(LocalityReading reading) {
			return new WardContent(figures(reading));
		}

		@Override
		public WardContent packPart(LocalityReading reading) {
			return section(reading);
		}
	}

	public record WardFigure(long localityId, String localityName, int value) {
	}

	public record WardContent(List<WardFigure> figures) implements SectionContent, PackPart {

		public WardFigure of(long localityId) {
			return figures.stream().filter(figure -> figure.localityId() == localityId).findFirst().orElse(null);
		}

		@Override
		public TemplateFragment dashboard() {
			return TemplateFragment.of("contribution/ward :: dashboard");
		}

		@Override
		public List<ExportTable> tables() {
			ExportTable table = new ExportTable("Ward statistics", List.of("Locality", "Value"));
			figures.forEach(figure -> table.row(figure.localityName(), figure.value()));
			return List.of(table);
		}
	}
}

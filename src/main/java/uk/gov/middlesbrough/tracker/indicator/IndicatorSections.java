package uk.gov.middlesbrough.tracker.indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.DashboardSection;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.PackSection;

/** The PMF indicators' part of the dashboard, the comparison and the panel pack, after the escalations. */
@Component
class IndicatorSections implements DashboardSection, PackSection {

	private final IndicatorReads reads;
	private final MessageSource messages;
	private final SmallNumbers smallNumbers;

	IndicatorSections(IndicatorReads reads, MessageSource messages, SmallNumbers smallNumbers) {
		this.reads = reads;
		this.messages = messages;
		this.smallNumbers = smallNumbers;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public IndicatorFigures section(LocalityReading reading) {
		return new IndicatorFigures(reading.localities(), reads.series(reading), reads.pageTrends(reading), messages,
				LocaleContextHolder.getLocale(), smallNumbers);
	}

	@Override
	public IndicatorFigures packPart(LocalityReading reading) {
		return new IndicatorFigures(reading.localities(), reads.trend(reading), messages, LocaleContextHolder.getLocale(),
				smallNumbers);
	}
}

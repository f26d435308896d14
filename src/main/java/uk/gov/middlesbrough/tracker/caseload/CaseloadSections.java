package uk.gov.middlesbrough.tracker.caseload;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.DashboardSection;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.PackSection;

/** The caseloads' part of the dashboard, the comparison and the panel pack, after the surveys. */
@Component
class CaseloadSections implements DashboardSection, PackSection {

	private final CaseloadReads reads;
	private final MessageSource messages;
	private final SmallNumbers smallNumbers;

	CaseloadSections(CaseloadReads reads, MessageSource messages, SmallNumbers smallNumbers) {
		this.reads = reads;
		this.messages = messages;
		this.smallNumbers = smallNumbers;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public CaseloadSection section(LocalityReading reading) {
		return new CaseloadSection(reading.localities(), reads.pages(reading), messages, LocaleContextHolder.getLocale(),
				smallNumbers);
	}

	@Override
	public CaseloadSection packPart(LocalityReading reading) {
		return section(reading);
	}
}

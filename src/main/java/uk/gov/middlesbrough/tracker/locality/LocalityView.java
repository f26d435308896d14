package uk.gov.middlesbrough.tracker.locality;

import java.time.LocalDate;
import java.util.List;

/** A locality as pages and other modules read it. */
public record LocalityView(long id, String name, String ward, LocalityStatus status, LocalDate startDate, String base,
		String neighbourhoodManager, Integer staffCount, String fundingNotes, List<String> partnerOrganisations,
		long version) {
}

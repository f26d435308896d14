package uk.gov.middlesbrough.tracker.locality;

import java.time.LocalDate;
import java.util.List;

/** Everything that describes a locality, validated by the form before it gets here. */
record LocalityDetails(String name, String ward, LocalityStatus status, LocalDate startDate, String base,
		String neighbourhoodManager, Integer staffCount, String fundingNotes, List<String> partnerOrganisations) {

	LocalityDetails {
		partnerOrganisations = List.copyOf(partnerOrganisations);
	}
}

package uk.gov.middlesbrough.tracker.locality;

import java.time.LocalDate;
import java.util.List;

/** Everything that describes a locality, validated by the form before it gets here. */
public record LocalityDetails(String name, String ward, LocalityStatus status, LocalDate startDate, String base,
		String neighbourhoodManager, Integer staffCount, String fundingNotes, List<String> partnerOrganisations) {

	public LocalityDetails {
		partnerOrganisations = List.copyOf(partnerOrganisations);
	}
}

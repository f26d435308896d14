package uk.gov.middlesbrough.tracker.api.v1;

import java.time.LocalDate;
import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityView;

/** A locality as the API gives it: its ward, status, start date and partner organisations (no person's name). */
record LocalityJson(long id, String name, String ward, String status, LocalDate startDate,
		List<String> partnerOrganisations) {

	static LocalityJson of(LocalityView locality) {
		return new LocalityJson(locality.id(), locality.name(), locality.ward(), locality.status().name(),
				locality.startDate(), locality.partnerOrganisations());
	}
}

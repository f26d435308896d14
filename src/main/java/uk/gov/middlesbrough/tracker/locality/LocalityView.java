package uk.gov.middlesbrough.tracker.locality;

import java.time.LocalDate;
import java.util.List;

/**
 * A locality as pages and other modules read it; {@code illustrative} when the demo data invented its start date and
 * partner organisations.
 */
public record LocalityView(long id, String name, String ward, LocalityStatus status, LocalDate startDate, String base,
		String neighbourhoodManager, Integer staffCount, String fundingNotes, List<String> partnerOrganisations,
		long version, boolean illustrative) {

	/** A locality whose details are all as recorded (not illustrative). */
	public LocalityView(long id, String name, String ward, LocalityStatus status, LocalDate startDate, String base,
			String neighbourhoodManager, Integer staffCount, String fundingNotes, List<String> partnerOrganisations,
			long version) {
		this(id, name, ward, status, startDate, base, neighbourhoodManager, staffCount, fundingNotes, partnerOrganisations,
				version, false);
	}
}

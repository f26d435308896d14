package uk.gov.middlesbrough.tracker.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * The plans of a reading's localities and their Red actions, each read once per reading for every contribution of the
 * plan module (the dashboard's plans section and its escalations).
 */
@Component
class PlanReads {

	private static final Object LOCALITY_PLANS = new Object();

	private final PlanQueries queries;

	PlanReads(PlanQueries queries) {
		this.queries = queries;
	}

	/** Each locality's plans by its id, in the reading's order. */
	Map<Long, LocalityPlans> localityPlans(LocalityReading reading) {
		Map<Long, LocalityPlans> byId = new LinkedHashMap<>();
		read(reading).plans().forEach(plans -> byId.put(plans.localityId(), plans));
		return byId;
	}

	/** The localities' actions that were Red, in plan, due-date and id order. */
	List<ActionRow> redActions(LocalityReading reading) {
		return read(reading).redActions();
	}

	private PlanQueries.LocalitiesRead read(LocalityReading reading) {
		return reading.once(LOCALITY_PLANS, read -> queries.read(read.ids(), read.asOf()));
	}
}

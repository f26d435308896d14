package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.DashboardSection;
import uk.gov.middlesbrough.tracker.dashboard.HomeSection;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.PackSection;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The action plans' part of the dashboard, the comparison, the panel pack and the home page. First on each. */
@Component
class PlanSections implements DashboardSection, PackSection, HomeSection {

	private final PlanReads reads;
	private final PlanQueries queries;
	private final MessageSource messages;

	PlanSections(PlanReads reads, PlanQueries queries, MessageSource messages) {
		this.reads = reads;
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public PlanFigures section(LocalityReading reading) {
		return new PlanFigures(reading.localities(), reads.localityPlans(reading),
				key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

	@Override
	public PlanFigures packPart(LocalityReading reading) {
		return section(reading);
	}

	@Override
	public PlanHome home(SignedInUser user, LocalityReading reading) {
		List<PlanSummary> led = user.hasRole(Role.PLAN_LEAD) ? queries.plansLedBy(user.id(), reading.asOf()) : List.of();
		return new PlanHome(reading.localities(), reads.localityPlans(reading), reading.localities().stream()
				.filter(locality -> user.localityId() != null && locality.id() == user.localityId()).findFirst().orElse(null),
				led);
	}
}

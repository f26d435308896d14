package uk.gov.middlesbrough.tracker.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.UserDirectory;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** Changing a plan's objectives and lead, and recording its monthly review. */
@Component
public class PlanManagement {

	private final ActionPlanRepository plans;
	private final PlanReviewRepository reviews;
	private final UserDirectory users;
	private final AcceptedEdits edits;
	private final Clock clock;

	PlanManagement(ActionPlanRepository plans, PlanReviewRepository reviews, UserDirectory users, AcceptedEdits edits,
			Clock clock) {
		this.plans = plans;
		this.reviews = reviews;
		this.users = users;
		this.edits = edits;
		this.clock = clock;
	}

	/** @throws NotAPlanLead if {@code leadUserId} is not an enabled plan lead's account */
	@Transactional
	public void describe(long planId, long expectedVersion, String objectives, String leadPost, String leadOrganisation,
			Long leadUserId, SignedInUser user) {
		ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
		if (!PlanPermissions.mayEditPlan(user, plan.getLocalityId())) {
			throw new AccessDeniedException("Not allowed to change plan " + planId);
		}
		ChangedMeanwhile.unlessStill(expectedVersion, plan.getVersion());
		if (leadUserId != null && !users.isPlanLead(leadUserId)) {
			throw new NotAPlanLead(leadUserId);
		}
		plan.describe(objectives, leadPost, leadOrganisation, leadUserId);
		edits.save(plans, plan);
	}

	@Transactional
	public void recordReview(long planId, LocalDate reviewedOn, String notes, SignedInUser user) {
		ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
		if (!PlanPermissions.mayWorkOnActions(user, plan.getLocalityId(), plan.getLeadUserId())) {
			throw new AccessDeniedException("Not allowed to review plan " + planId);
		}
		reviews.save(plan.recordReview(reviewedOn, notes, user.getUsername(), clock.instant()));
		plans.save(plan); // publishes ReviewRecorded
	}
}

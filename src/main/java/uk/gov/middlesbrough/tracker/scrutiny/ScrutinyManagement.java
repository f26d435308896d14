package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Keeping the tracker: adding reviews and recommendations, recording the executive's response and progress
 * updates. Only the scrutiny officer and the head of service may; every change to a recommendation writes its new
 * state to its history in the same transaction, and is refused if someone else saved it since the user read it.
 */
@Component
public class ScrutinyManagement {

	private final ScrutinyReviewRepository reviews;
	private final RecommendationRepository recommendations;
	private final RecommendationHistoryRepository history;
	private final AcceptedEdits edits;
	private final Clock clock;

	ScrutinyManagement(ScrutinyReviewRepository reviews, RecommendationRepository recommendations,
			RecommendationHistoryRepository history, AcceptedEdits edits, Clock clock) {
		this.edits = edits;
		this.reviews = reviews;
		this.recommendations = recommendations;
		this.history = history;
		this.clock = clock;
	}

	@Transactional
	public long addReview(String panel, String topic, LocalDate finalReportOn, LocalDate responseOn, SignedInUser user) {
		checkMayEdit(user);
		if (reviews.existsByPanelIgnoreCaseAndTopicIgnoreCase(panel, topic)) {
			throw new AlreadyRecorded("review of " + topic);
		}
		return reviews.save(new ScrutinyReview(panel, topic, finalReportOn, responseOn, user.getUsername())).getId();
	}

	@Transactional
	public long addRecommendation(long reviewId, RecommendationReference reference, String text, SignedInUser user) {
		checkMayEdit(user);
		if (!reviews.existsById(reviewId)) {
			throw new NotFound("review", reviewId);
		}
		if (recommendations.existsByScrutinyReviewIdAndReference(reviewId, reference.toString())) {
			throw new AlreadyRecorded("recommendation " + reference);
		}
		Recommendation recommendation = recommendations.saveAndFlush(new Recommendation(reviewId, reference, text));
		history.save(recommendation.added(user.getUsername(), clock.instant()));
		return recommendation.getId();
	}

	/**
	 * Records the response and status; a save that changes nothing leaves no history. Closing the recommendation needs
	 * the panel's agreement (null when not closing).
	 *
	 * @throws PanelAgreementNeeded if it closes without one; nothing is saved
	 */
	@Transactional
	public void respond(long recommendationId, long expectedVersion, ExecutiveResponse response, RecommendationStatus status,
			PanelAgreement agreement, SignedInUser user) {
		Recommendation recommendation = editable(recommendationId, expectedVersion, user);
		recommendation.respond(response, status, agreement, user.getUsername(), clock.instant())
			.ifPresent(entry -> save(recommendation, entry));
	}

	/** @throws PanelAgreementNeeded if the update closes the recommendation without one; nothing is saved */
	@Transactional
	public void recordProgress(long recommendationId, long expectedVersion, LocalDate updateOn, String note,
			RecommendationStatus status, PanelAgreement agreement, SignedInUser user) {
		Recommendation recommendation = editable(recommendationId, expectedVersion, user);
		// A progress update is part of the recommendation's state, so it moves the version on even when the status
		// stays (see save): an editor looking at the page from before it is told, not silently overtaken.
		save(recommendation, recommendation.recordProgress(updateOn, note, status, agreement, user.getUsername(),
				clock.instant()));
	}

	private Recommendation editable(long recommendationId, long expectedVersion, SignedInUser user) {
		checkMayEdit(user);
		Recommendation recommendation = recommendations.findById(recommendationId)
				.orElseThrow(() -> new NotFound("recommendation", recommendationId));
		ChangedMeanwhile.unlessStill(expectedVersion, recommendation.getVersion());
		return recommendation;
	}

	/**
	 * Saves the changed recommendation (which publishes the event it registered) at a new version even if no field
	 * changed, refused if someone else saved it meanwhile, then the history entry the change left.
	 */
	private void save(Recommendation recommendation, RecommendationHistoryEntry entry) {
		edits.save(recommendations, recommendation);
		history.save(entry);
	}

	private static void checkMayEdit(SignedInUser user) {
		if (!ScrutinyPermissions.mayEdit(user)) {
			throw new AccessDeniedException("Only the scrutiny officer and the head of service keep the tracker");
		}
	}
}

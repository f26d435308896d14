package uk.gov.middlesbrough.tracker.scrutiny.web;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.gov.middlesbrough.tracker.scrutiny.LinkedAction;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationActions;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationDetail;
import uk.gov.middlesbrough.tracker.scrutiny.ReportBackReadiness;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyPermissions;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.AsOfForm;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * The recommendation page's model, shared by its controllers: the page as it stands, its delivering actions and
 * whether it may be edited, shown again with a form's errors when a progress update or a link is refused.
 */
@Component
class RecommendationPage {

	static final String VIEW = "scrutiny/recommendation";

	private final ScrutinyQueries queries;
	private final ScrutinyOptions options;
	private final RecommendationActions delivering;
	private final Clock clock;

	RecommendationPage(ScrutinyQueries queries, ScrutinyOptions options, RecommendationActions delivering, Clock clock) {
		this.queries = queries;
		this.options = options;
		this.delivering = delivering;
		this.clock = clock;
	}

	RecommendationDetail detail(long id) {
		return queries.recommendation(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("recommendation", id));
	}

	/** A blank progress update, starting from the recommendation's status today. */
	ProgressUpdateForm progressForm(RecommendationDetail detail) {
		return ProgressUpdateForm.startingFrom(detail.recommendation().status(), detail.version(), AsOf.now(clock).day());
	}

	/** The page at the moment in the model (today's unless the GET asked for a past day). */
	String show(RecommendationDetail detail, SignedInUser user, Model model) {
		if (!model.containsAttribute("asOf")) {
			model.addAttribute("asOf", AsOf.now(clock));
			model.addAttribute("asOfForm", new AsOfForm());
		}
		AsOf asOf = (AsOf) model.getAttribute("asOf");
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("linkActionForm")) {
			model.addAttribute("linkActionForm", new LinkActionForm());
		}
		List<LinkedAction> actions = delivering.of(detail.recommendation().id(), asOf);
		model.addAttribute("deliveringActions", actions);
		model.addAttribute("readyToReportBack", ReportBackReadiness.readyAt(detail.recommendation().status(), actions));
		model.addAttribute("statusOptions", options.statuses());
		model.addAttribute("canEdit", ScrutinyPermissions.mayEdit(user) && !asOf.past());
		return VIEW;
	}
}

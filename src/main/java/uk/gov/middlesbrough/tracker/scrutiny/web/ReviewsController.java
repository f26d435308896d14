package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.scrutiny.AlreadyRecorded;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ReviewSummary;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyFlag;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyManagement;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyPermissions;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinySettings;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The list of scrutiny reviews and its export (everyone signed in), and adding a review (scrutiny officer, head of
 * service).
 */
@Controller
class ReviewsController {

	private static final String FORM_VIEW = "scrutiny/review-form";

	private final ScrutinyQueries queries;
	private final ScrutinyManagement management;
	private final ScrutinyOptions options;
	private final ScrutinySettings settings;
	private final Clock clock;

	ReviewsController(ScrutinyQueries queries, ScrutinyManagement management, ScrutinyOptions options,
			ScrutinySettings settings, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.options = options;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/scrutiny")
	String reviews(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("reviews", queries.reviews(AsOf.now(clock)));
		model.addAttribute("reportBackWeeks", settings.reportBackWeeks());
		model.addAttribute("canEdit", ScrutinyPermissions.mayEdit(user));
		return "scrutiny/reviews";
	}

	@GetMapping("/scrutiny/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		AsOf asOf = AsOf.now(clock);
		List<String> headings = new ArrayList<>(List.of(options.text("scrutiny.tracker.panel"),
				options.text("scrutiny.reviews.col.review"), options.text("scrutiny.tracker.finalReport"),
				options.text("scrutiny.tracker.response"), options.text("scrutiny.reviews.col.recommendations")));
		Arrays.stream(RecommendationStatus.values()).forEach(status -> headings.add(options.text(status.messageKey())));
		Arrays.stream(ScrutinyFlag.values()).forEach(flag -> headings.add(options.text(flag.messageKey())));
		ExportTable table = new ExportTable("Scrutiny reviews", headings);
		List<ReviewSummary> reviews = queries.reviews(asOf);
		for (ReviewSummary review : reviews) {
			List<Object> cells = new ArrayList<>(List.of(review.panel(), review.topic(), review.finalReportOn()));
			cells.add(review.responseOn());
			cells.add(review.recommendations());
			review.statusCounts().forEach(count -> cells.add(count.count()));
			review.flagCounts().forEach(count -> cells.add(count.count()));
			table.row(cells.toArray());
		}
		return ExportResponse.of(table.markedWhere(options.text("export.illustrative"), options.text("illustrative.tag"),
				reviews.stream().map(ReviewSummary::illustrative).toList()), format, asOf.day());
	}

	@GetMapping("/scrutiny/reviews/new")
	String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		ScrutinyOptions.checkMayEdit(user, "add a scrutiny review");
		model.addAttribute("scrutinyReviewForm", new ScrutinyReviewForm());
		return FORM_VIEW;
	}

	@PostMapping("/scrutiny/reviews")
	String add(@Valid @ModelAttribute ScrutinyReviewForm scrutinyReviewForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		ScrutinyOptions.checkMayEdit(user, "add a scrutiny review");
		scrutinyReviewForm.validate(result, AsOf.now(clock).day());
		if (!result.hasErrors()) {
			try {
				long id = management.addReview(scrutinyReviewForm.getPanel().strip(), scrutinyReviewForm.getTopic().strip(),
						scrutinyReviewForm.finalReportOn(), scrutinyReviewForm.responseOn(), user);
				SuccessMessage.flash(redirect, "scrutiny.review.added", scrutinyReviewForm.getTopic().strip());
				return "redirect:/scrutiny/reviews/" + id;
			}
			catch (AlreadyRecorded ex) {
				result.rejectValue("topic", "scrutiny.review.taken");
			}
		}
		return FORM_VIEW;
	}
}

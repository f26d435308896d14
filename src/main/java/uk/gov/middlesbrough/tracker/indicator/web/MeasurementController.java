package uk.gov.middlesbrough.tracker.indicator.web;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry;
import uk.gov.middlesbrough.tracker.indicator.FiguresSignedOff;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPage;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPermissions;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.MeasurementRecorder;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Entering one figure on the indicator page: the head of service for any locality, a neighbourhood manager for
 * their own. A figure for a period already recorded is a correction; the old value stays in the history.
 */
@Controller
class MeasurementController {

	private final IndicatorQueries queries;
	private final MeasurementRecorder recorder;
	private final IndicatorPageModel pageModel;
	private final Clock clock;

	MeasurementController(IndicatorQueries queries, MeasurementRecorder recorder, IndicatorPageModel pageModel, Clock clock) {
		this.queries = queries;
		this.recorder = recorder;
		this.pageModel = pageModel;
		this.clock = clock;
	}

	@PostMapping("/indicators/{id}/measurements")
	String record(@PathVariable long id, @Valid @ModelAttribute MeasurementForm measurementForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (!IndicatorPermissions.mayEnterFigures(user)) {
			throw new AccessDeniedException("Not allowed to enter figures");
		}
		AsOf now = AsOf.now(clock);
		IndicatorPage page = queries.page(id, now, measurementForm.getLocalityId()).orElseThrow(() -> new NotFound("indicator", id));
		if (measurementForm.getLocalityId() != null && !IndicatorPermissions.mayEnterFiguresFor(user, measurementForm.getLocalityId())) {
			throw new AccessDeniedException("Not allowed to enter figures for locality " + measurementForm.getLocalityId());
		}
		Long localityId = measurementForm.getLocalityId();
		measurementForm.validate(result, page.indicator(), now.day(),
				period -> localityId != null && queries.isRecorded(id, localityId, period));
		if (!result.hasErrors()) {
			try {
				ChangeKind change = recorder.record(measurementForm.toEntry(id), user);
				SuccessMessage.flash(redirect, "measurement.saved." + change.name());
				return "redirect:/indicators/" + id;
			}
			catch (ChangedMeanwhile ex) {
				result.reject("measurement.changedMeanwhile");
			}
			catch (FiguresSignedOff ex) {
				result.reject("measurement.signedOff");
				FigureEntry entry = measurementForm.toEntry(id);
				model.addAttribute("restatementLink", UriComponentsBuilder.fromPath("/restatements/new")
					.queryParam("indicator", id).queryParam("locality", entry.localityId()).queryParam("period", entry.period())
					.toUriString());
			}
		}
		return pageModel.show(page, measurementForm, user, model);
	}
}

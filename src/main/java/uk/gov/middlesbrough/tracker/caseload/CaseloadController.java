package uk.gov.middlesbrough.tracker.caseload;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Paged;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * A locality's caseload page (everyone signed in may read it), recording a post's figures and setting the
 * staffing per role (the head of service, and the locality's neighbourhood manager).
 */
@Controller
class CaseloadController {

	private static final String VIEW = "caseload/caseloads";

	/** Earlier figures per page: five years of monthly figures for twelve posts run to 700 rows. */
	static final int EARLIER_PER_PAGE = 50;

	private final CaseloadQueries queries;
	private final CaseloadManagement management;
	private final CaseloadOptions options;
	private final Clock clock;

	CaseloadController(CaseloadQueries queries, CaseloadManagement management, CaseloadOptions options, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.options = options;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/caseloads")
	String show(@PathVariable long id, Model model) {
		CaseloadPage page = page(id);
		return show(page, model, new SnapshotForm(), StaffingForm.of(page.staffing()));
	}

	@PostMapping("/localities/{id}/caseloads/snapshots")
	String record(@PathVariable long id, @Valid @ModelAttribute SnapshotForm snapshotForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CaseloadPage page = enterablePage(id);
		snapshotForm.validate(result, AsOf.now(clock).day());
		if (!result.hasErrors()) {
			NewSnapshot snapshot = snapshotForm.toSnapshot();
			try {
				management.record(id, snapshot, CurrentUser.required());
				SuccessMessage.flash(redirect, "caseload.recorded", snapshot.postLabel(),
						CaseloadOptions.day(snapshot.snapshotDate()));
				return "redirect:/localities/" + id + "/caseloads";
			}
			catch (AlreadyRecorded ex) {
				result.rejectValue("postLabel", "caseload.alreadyRecorded");
			}
			catch (ChangedMeanwhile ex) {
				result.reject("caseload.changedMeanwhile");
			}
		}
		return show(page, model, snapshotForm, StaffingForm.of(page.staffing()));
	}

	@PostMapping("/localities/{id}/caseloads/staffing")
	String staffing(@PathVariable long id, @Valid @ModelAttribute StaffingForm staffingForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CaseloadPage page = enterablePage(id);
		staffingForm.validate(result, page.staffing());
		if (!result.hasErrors()) {
			try {
				int changed = management.setStaffing(id, staffingForm.posts(), staffingForm.versions(), CurrentUser.required());
				SuccessMessage.flash(redirect, changed == 0 ? "caseload.staffing.unchanged" : "caseload.staffing.saved");
				return "redirect:/localities/" + id + "/caseloads";
			}
			catch (ChangedMeanwhile ex) {
				// The page shows the newer numbers; what was typed is kept for a deliberate resubmit.
				staffingForm.versionsFrom(page.staffing());
				result.reject("caseload.staffing.changedMeanwhile");
			}
		}
		return show(page, model, new SnapshotForm(), staffingForm);
	}

	private String show(CaseloadPage page, Model model, SnapshotForm snapshotForm, StaffingForm staffingForm) {
		model.addAttribute("page", page);
		model.addAttribute("earlierPage", Paged.of(page.earlier(), "earlier", EARLIER_PER_PAGE));
		model.addAttribute("canEnterFigures", CaseloadPermissions.mayEnterFiguresFor(CurrentUser.required(), page.localityId()));
		model.addAttribute("snapshotForm", snapshotForm);
		model.addAttribute("staffingForm", staffingForm);
		model.addAttribute("roleOptions", options.roles());
		return VIEW;
	}

	private CaseloadPage page(long id) {
		return queries.page(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("locality", id));
	}

	private CaseloadPage enterablePage(long id) {
		CaseloadPage page = page(id);
		if (!CaseloadPermissions.mayEnterFiguresFor(CurrentUser.required(), id)) {
			throw new AccessDeniedException("Not allowed to enter figures for locality " + id);
		}
		return page;
	}
}

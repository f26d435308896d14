package uk.gov.middlesbrough.tracker.caseload.web;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.caseload.AlreadyRecorded;
import uk.gov.middlesbrough.tracker.caseload.CaseloadManagement;
import uk.gov.middlesbrough.tracker.caseload.CaseloadOptions;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPage;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPermissions;
import uk.gov.middlesbrough.tracker.caseload.CaseloadQueries;
import uk.gov.middlesbrough.tracker.caseload.NewSnapshot;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
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
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		CaseloadPage page = page(id);
		return show(page, user, model, new SnapshotForm(), StaffingForm.of(page.staffing()));
	}

	@PostMapping("/localities/{id}/caseloads/snapshots")
	String record(@PathVariable long id, @Valid @ModelAttribute SnapshotForm snapshotForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		CaseloadPage page = enterablePage(id, user);
		snapshotForm.validate(result, AsOf.now(clock).day());
		if (!result.hasErrors()) {
			NewSnapshot snapshot = snapshotForm.toSnapshot();
			try {
				management.record(id, snapshot, user);
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
		return show(page, user, model, snapshotForm, StaffingForm.of(page.staffing()));
	}

	@PostMapping("/localities/{id}/caseloads/staffing")
	String staffing(@PathVariable long id, @Valid @ModelAttribute StaffingForm staffingForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		CaseloadPage page = enterablePage(id, user);
		staffingForm.validate(result, page.staffing());
		if (!result.hasErrors()) {
			try {
				int changed = management.setStaffing(id, staffingForm.posts(), staffingForm.versions(), user);
				SuccessMessage.flash(redirect, changed == 0 ? "caseload.staffing.unchanged" : "caseload.staffing.saved");
				return "redirect:/localities/" + id + "/caseloads";
			}
			catch (ChangedMeanwhile ex) {
				// The page shows the newer numbers; what was typed is kept for a deliberate resubmit.
				staffingForm.versionsFrom(page.staffing());
				result.reject("caseload.staffing.changedMeanwhile");
			}
		}
		return show(page, user, model, new SnapshotForm(), staffingForm);
	}

	private String show(CaseloadPage page, SignedInUser user, Model model, SnapshotForm snapshotForm,
			StaffingForm staffingForm) {
		model.addAttribute("page", page);
		model.addAttribute("earlierPage", Paged.of(page.earlier(), "earlier", EARLIER_PER_PAGE,
				"/localities/" + page.localityId() + "/caseloads"));
		model.addAttribute("canEnterFigures", CaseloadPermissions.mayEnterFiguresFor(user, page.localityId()));
		model.addAttribute("snapshotForm", snapshotForm);
		model.addAttribute("staffingForm", staffingForm);
		model.addAttribute("roleOptions", options.roles());
		return VIEW;
	}

	private CaseloadPage page(long id) {
		return queries.page(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("locality", id));
	}

	private CaseloadPage enterablePage(long id, SignedInUser user) {
		CaseloadPage page = page(id);
		if (!CaseloadPermissions.mayEnterFiguresFor(user, id)) {
			throw new AccessDeniedException("Not allowed to enter figures for locality " + id);
		}
		return page;
	}
}

package uk.gov.middlesbrough.tracker.pack.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.MeetingView;
import uk.gov.middlesbrough.tracker.pack.PackPermissions;
import uk.gov.middlesbrough.tracker.pack.PackProduction;
import uk.gov.middlesbrough.tracker.pack.PackQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Panel meetings: the list, adding one, and a meeting's page with its packs. */
@Controller
class MeetingController {

	private final PackQueries queries;
	private final PackProduction production;
	private final LocalityQueries localities;
	private final Clock clock;

	MeetingController(PackQueries queries, PackProduction production, LocalityQueries localities, Clock clock) {
		this.queries = queries;
		this.production = production;
		this.localities = localities;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("meetings", queries.meetings());
		model.addAttribute("canEdit", PackPermissions.mayProduce(user));
		return "pack/meetings";
	}

	@GetMapping("/meetings/new")
	String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		requireEditor(user);
		model.addAttribute("meetingForm", new MeetingForm());
		model.addAttribute("localities", localities.all());
		return "pack/meeting-new";
	}

	@PostMapping("/meetings")
	String add(@Valid @ModelAttribute MeetingForm meetingForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		meetingForm.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("localities", localities.all());
			return "pack/meeting-new";
		}
		long id = production.addMeeting(meetingForm.getPanel().strip(), meetingForm.getMeetingDate().toDate().orElseThrow(),
				meetingForm.getTopic().strip(), meetingForm.getLocalityIds(), user);
		SuccessMessage.flash(redirect, "meeting.added");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingView meeting = queries.meeting(id).orElseThrow(() -> new NotFound("meeting", id));
		boolean canEdit = PackPermissions.mayProduce(user);
		PackForm form = new PackForm();
		form.setAsOf(DateInput.of(meeting.meetingDate().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : meeting.meetingDate()));
		model.addAttribute("packForm", form);
		return show(meeting, canEdit, model);
	}

	String show(MeetingView meeting, boolean canEdit, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("localityNames", localities.findAll(meeting.localityIds()).stream().map(LocalityView::name).toList());
		model.addAttribute("packs", queries.packs(meeting.id(), canEdit));
		model.addAttribute("canEdit", canEdit);
		return "pack/meeting";
	}

	private static void requireEditor(SignedInUser user) {
		if (!PackPermissions.mayProduce(user)) {
			throw new AccessDeniedException("Only the scrutiny officer and the head of service add meetings");
		}
	}
}

package uk.gov.middlesbrough.tracker.pack.web;

import java.time.Clock;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.pack.MeetingView;
import uk.gov.middlesbrough.tracker.pack.PackAlreadyIssued;
import uk.gov.middlesbrough.tracker.pack.PackFileKind;
import uk.gov.middlesbrough.tracker.pack.PackFiles;
import uk.gov.middlesbrough.tracker.pack.PackNotReady;
import uk.gov.middlesbrough.tracker.pack.PackPermissions;
import uk.gov.middlesbrough.tracker.pack.PackProduction;
import uk.gov.middlesbrough.tracker.pack.PackQueries;
import uk.gov.middlesbrough.tracker.pack.PackView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Producing, re-producing and issuing packs, and downloading their files. */
@Controller
class PackController {

	private final PackQueries queries;
	private final PackProduction production;
	private final PackFiles files;
	private final MeetingController meetings;
	private final PackProgressText progressText;
	private final Clock clock;

	PackController(PackQueries queries, PackProduction production, PackFiles files, MeetingController meetings,
			PackProgressText progressText, Clock clock) {
		this.queries = queries;
		this.production = production;
		this.files = files;
		this.meetings = meetings;
		this.progressText = progressText;
		this.clock = clock;
	}

	@PostMapping("/meetings/{id}/packs")
	String produce(@PathVariable long id, @ModelAttribute PackForm packForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingView meeting = queries.meeting(id).orElseThrow(() -> new NotFound("meeting", id));
		if (!PackPermissions.mayProduce(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Only editors produce packs");
		}
		packForm.validate(result, clock);
		if (result.hasErrors()) {
			return meetings.show(meeting, true, model);
		}
		long packId = production.produceDraft(id, packForm.getAsOf().toDate().orElseThrow(), packForm.isWithChanges(), user);
		SuccessMessage.flash(redirect, "pack.produced.banner");
		return "redirect:/meetings/" + id + "#pack-" + packId;
	}

	@PostMapping("/packs/{id}/regenerate")
	String produceAgain(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		PackView pack = queries.pack(id).orElseThrow(() -> new NotFound("pack", id));
		try {
			production.produceAgain(id, user);
			SuccessMessage.flash(redirect, "pack.producedAgain");
		}
		catch (PackAlreadyIssued ex) {
			redirect.addFlashAttribute("problem", "pack.alreadyIssued");
		}
		catch (PackNotReady ex) {
			redirect.addFlashAttribute("problem", "pack.stillProducing");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "pack.changedMeanwhile");
		}
		return "redirect:/meetings/" + pack.meetingId() + "#pack-" + id;
	}

	@PostMapping("/packs/{id}/issue")
	String issue(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		PackView pack = queries.pack(id).orElseThrow(() -> new NotFound("pack", id));
		try {
			production.issue(id, version, user);
			SuccessMessage.flash(redirect, "pack.issued");
		}
		catch (PackAlreadyIssued ex) {
			redirect.addFlashAttribute("problem", "pack.alreadyIssued");
		}
		catch (PackNotReady ex) {
			redirect.addFlashAttribute("problem", "pack.notReady");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "pack.changedMeanwhile");
		}
		return "redirect:/meetings/" + pack.meetingId();
	}

	/**
	 * Where a pack's production is, for its meeting page to show while it waits (polled by app.mjs): the state, the
	 * step of how many, and the sentence the page shows.
	 */
	@GetMapping(path = "/packs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progress(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		PackView pack = visible(id, user);
		return Map.of("production", pack.production().name(), "step", pack.step(), "steps", pack.steps(), "done",
				!pack.production().inProgress(), "text", progressText.of(pack));
	}

	@GetMapping("/packs/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return download(id, user, PackFileKind.PDF, MediaType.APPLICATION_PDF);
	}

	@GetMapping("/packs/{id}/zip")
	ResponseEntity<byte[]> zip(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return download(id, user, PackFileKind.ZIP, MediaType.parseMediaType("application/zip"));
	}

	/** Panel members and other readers get issued packs only; a draft is not there for them. */
	private ResponseEntity<byte[]> download(long id, SignedInUser user, PackFileKind kind, MediaType type) {
		if (!visible(id, user).ready()) {
			throw new NotFound("pack file", id);
		}
		PackFiles.StoredFile file = files.find(id, kind).orElseThrow(() -> new NotFound("pack file", id));
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
				.header("X-Checksum-SHA256", file.sha256())
				.body(file.content());
	}

	private PackView visible(long id, SignedInUser user) {
		PackView pack = queries.pack(id).orElseThrow(() -> new NotFound("pack", id));
		if (!pack.issued() && !PackPermissions.mayProduce(user)) {
			throw new NotFound("pack", id);
		}
		return pack;
	}
}

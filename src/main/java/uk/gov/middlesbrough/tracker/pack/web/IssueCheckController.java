package uk.gov.middlesbrough.tracker.pack.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.MeetingView;
import uk.gov.middlesbrough.tracker.pack.PackFileKind;
import uk.gov.middlesbrough.tracker.pack.PackFiles;
import uk.gov.middlesbrough.tracker.pack.PackPermissions;
import uk.gov.middlesbrough.tracker.pack.PackQueries;
import uk.gov.middlesbrough.tracker.pack.PackView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Issuing cannot be undone, so it goes through a check-your-answers page first: the meeting, the date the figures are
 * as of, the localities, how many pages the PDF has and who is issuing it, then "Issue this pack" (POST
 * /packs/{id}/issue, as before) or back to the meeting.
 */
@Controller
class IssueCheckController {

	private final PackQueries queries;
	private final PackFiles files;
	private final LocalityQueries localities;

	IssueCheckController(PackQueries queries, PackFiles files, LocalityQueries localities) {
		this.queries = queries;
		this.files = files;
		this.localities = localities;
	}

	@GetMapping("/packs/{id}/issue")
	String check(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (!PackPermissions.mayProduce(user)) {
			throw new AccessDeniedException("Only editors issue packs");
		}
		PackView pack = queries.pack(id).orElseThrow(() -> new NotFound("pack", id));
		MeetingView meeting = queries.meeting(pack.meetingId()).orElseThrow(() -> new NotFound("meeting", pack.meetingId()));
		if (pack.issued() || !pack.ready()) {
			redirect.addFlashAttribute("problem", pack.issued() ? "pack.alreadyIssued" : "pack.notReady");
			return "redirect:/meetings/" + meeting.id();
		}
		PackFiles.StoredFile pdf = files.find(id, PackFileKind.PDF).orElseThrow(() -> new NotFound("pack file", id));
		model.addAttribute("pack", pack);
		model.addAttribute("meeting", meeting);
		model.addAttribute("localityNames", localities.findAll(meeting.localityIds()).stream().map(LocalityView::name).toList());
		model.addAttribute("pages", pages(pdf.content()));
		model.addAttribute("pdfName", pdf.fileName());
		model.addAttribute("issuer", user.displayName());
		return "pack/issue";
	}

	private static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A stored pack could not be read", ex);
		}
	}
}

package uk.gov.middlesbrough.tracker.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.Paged;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The pages of every import (routed by {@link ImportRoutes}): the upload page, the upload, the preview, the
 * confirmation and the template. Problems with the whole file, every row's problems and the preview are shown on the
 * one page, {@code importing/import.html}, with the same model names ({@code importProblem}, {@code rowErrors},
 * {@code preview}, {@code previewNote}, {@code rulesKeys}, {@code records}); the kind's {@link ImportPage}
 * ({@code importPage}) gives the words around them.
 */
@Component
class ImportPages {

	private static final int RECENT = 10;
	/** The one page of every import; the kind's {@link ImportPage} gives its words. */
	private static final String VIEW = "importing/import";

	/** Preview rows per page: a file may have 50,000. */
	static final int PREVIEW_ROWS_PER_PAGE = 100;

	private final ImportFlow flow;
	private final ImportSettings settings;

	ImportPages(ImportFlow flow, ImportSettings settings) {
		this.flow = flow;
		this.settings = settings;
	}

	/** The query parameter that brings a user back to the import page after a file too large for the server. */
	static final String TOO_LARGE = "tooLarge";

	public String page(ImportKind<?> kind, SignedInUser user, boolean tooLarge, Model model) {
		flow.checkMayImport(kind, user);
		if (tooLarge) {
			model.addAttribute("importProblem", new ImportProblem("import.refused.tooLarge", new Object[] { settings.maxBytes() / 1024 }));
		}
		return view(kind, user, model);
	}

	public String upload(ImportKind<?> kind, SignedInUser user, MultipartFile file, Model model) throws IOException {
		flow.checkMayImport(kind, user);
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			model.addAttribute("importProblem", new ImportProblem(kind.acceptsWorkbook() ? "import.refused.noFileOrWorkbook"
					: "import.refused.noFile", new Object[0]));
			return view(kind, user, model);
		}
		try {
			ImportFlow.Uploaded uploaded = flow.upload(kind, file.getOriginalFilename(), file.getBytes(), user);
			if (uploaded.batchId() == null) {
				model.addAttribute("rowErrors", uploaded.errors());
				return view(kind, user, model);
			}
			return "redirect:" + kind.spec().path() + "/" + uploaded.batchId();
		}
		catch (ImportRefused ex) {
			model.addAttribute("importProblem", ex.problem());
			return view(kind, user, model);
		}
	}

	public <C extends ImportKind.Checked> String preview(ImportKind<C> kind, SignedInUser user, long batchId, Model model,
			RedirectAttributes redirect) {
		try {
			return show(kind, user, flow.review(kind, batchId, user), model);
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("importProblem", ex.problem());
			return "redirect:" + kind.spec().path();
		}
	}

	public <C extends ImportKind.Checked> String confirm(ImportKind<C> kind, SignedInUser user, long batchId, Model model,
			RedirectAttributes redirect) {
		try {
			ImportFlow.Reviewed<C> confirmed = flow.confirm(kind, batchId, user);
			if (confirmed.counts() == null) {
				return show(kind, user, confirmed, model);
			}
			ImportCounts counts = confirmed.counts();
			SuccessMessage.flash(redirect, "import.saved", counts.added(), counts.corrected(), counts.unchanged());
			ImportPage.Link saved = kind.savedLink(confirmed.checked());
			if (saved != null) {
				SuccessMessage.flashLink(redirect, saved.href(), saved.key(), saved.args());
			}
			return "redirect:" + kind.spec().path();
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("importProblem", ex.problem());
			return "redirect:" + kind.spec().path();
		}
		catch (ChangedMeanwhile | DataIntegrityViolationException ex) {
			// Someone saved one of the same figures at the same moment (another file, or a form); nothing of this file
			// was saved.
			redirect.addFlashAttribute("importProblem", new ImportProblem(kind.spec().changedMeanwhileKey(), new Object[0]));
			return "redirect:" + kind.spec().path() + "/" + batchId;
		}
	}

	public ResponseEntity<byte[]> template(ImportKind<?> kind, SignedInUser user) {
		flow.checkMayImport(kind, user);
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(kind.spec().templateFileName()).build().toString())
				.body(kind.spec().templateCsv(kind.templateRows(user)).getBytes(StandardCharsets.UTF_8));
	}

	private <C extends ImportKind.Checked> String show(ImportKind<C> kind, SignedInUser user, ImportFlow.Reviewed<C> reviewed,
			Model model) {
		if (reviewed.checked().hasErrors()) {
			model.addAttribute("rowErrors", reviewed.checked().errors());
		}
		else if (reviewed.preview() != null) {
			model.addAttribute("preview", reviewed.preview());
			model.addAttribute("previewPage", Paged.of(reviewed.preview().rows(), "page", PREVIEW_ROWS_PER_PAGE,
					kind.spec().path() + "/" + reviewed.preview().batchId()));
			model.addAttribute("previewNote", kind.previewNote(reviewed.checked()));
		}
		return view(kind, user, model);
	}

	private String view(ImportKind<?> kind, SignedInUser user, Model model) {
		if (model.getAttribute("importProblem") != null || model.getAttribute("rowErrors") != null) {
			// The layout then starts the page title with "Error: ", as for a form with errors.
			model.addAttribute("pageHasErrors", true);
		}
		model.addAttribute("importPage", kind.page(user));
		model.addAttribute("importPath", kind.spec().path());
		model.addAttribute("rulesKeys", kind.spec().ruleKeys());
		model.addAttribute("acceptsWorkbook", kind.acceptsWorkbook());
		model.addAttribute("records", flow.recent(kind, RECENT));
		return VIEW;
	}
}

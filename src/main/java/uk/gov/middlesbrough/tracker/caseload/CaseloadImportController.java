package uk.gov.middlesbrough.tracker.caseload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportBatches;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportProblem;
import uk.gov.middlesbrough.tracker.importing.ImportRefused;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.importing.StagedImport;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The caseload import (head of service; neighbourhood managers for their own locality's rows): upload and check
 * a CSV file, preview what it would change, confirm it. Nothing is saved until the user confirms, and then
 * every row or none.
 */
@Controller
class CaseloadImportController {

	private static final String VIEW = "caseload/import";
	private static final String PAGE = "/caseloads/import";
	private static final int RECENT = 10;

	private final CaseloadImport caseloadImport;
	private final ImportBatches batches;
	private final LocalityQueries localities;

	CaseloadImportController(CaseloadImport caseloadImport, ImportBatches batches, LocalityQueries localities) {
		this.caseloadImport = caseloadImport;
		this.batches = batches;
		this.localities = localities;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		mayImport();
		return show(model);
	}

	@PostMapping(PAGE)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		SignedInUser user = mayImport();
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			model.addAttribute("importProblem", new ImportRefused("import.refused.noFile").problem());
			return show(model);
		}
		try {
			CsvFile csv = caseloadImport.read(file.getOriginalFilename(), file.getBytes(), user);
			CheckedImport checked = caseloadImport.check(csv, user);
			if (!checked.valid()) {
				model.addAttribute("rowErrors", checked.errors().list());
				return show(model);
			}
			long batchId = caseloadImport.stage(file.getOriginalFilename(), csv, user);
			return "redirect:" + PAGE + "/" + batchId;
		}
		catch (ImportRefused ex) {
			model.addAttribute("importProblem", ex.problem());
			return show(model);
		}
	}

	@GetMapping(PAGE + "/template.csv")
	ResponseEntity<byte[]> template() {
		mayImport();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("caseloads-template.csv").build().toString())
			.body(CaseloadCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(PAGE + "/{batchId}")
	String preview(@PathVariable long batchId, Model model, RedirectAttributes redirect) {
		SignedInUser user = mayImport();
		StagedImport staged = caseloadImport.staged(batchId, user);
		if (staged.confirmed()) {
			redirect.addFlashAttribute("importProblem", new ImportRefused("import.refused.alreadyConfirmed").problem());
			return "redirect:" + PAGE;
		}
		try {
			CheckedImport checked = caseloadImport.recheck(staged, user);
			if (!checked.valid()) {
				model.addAttribute("rowErrors", checked.errors().list());
				return show(model);
			}
			model.addAttribute("preview", caseloadImport.preview(staged, checked));
		}
		catch (ImportRefused ex) {
			model.addAttribute("importProblem", ex.problem());
		}
		return show(model);
	}

	@PostMapping(PAGE + "/{batchId}/confirm")
	String confirm(@PathVariable long batchId, Model model, RedirectAttributes redirect) {
		SignedInUser user = mayImport();
		try {
			ImportOutcome outcome = caseloadImport.confirm(batchId, user);
			if (!outcome.isSaved()) {
				model.addAttribute("rowErrors", outcome.errors());
				return show(model);
			}
			ImportCounts counts = outcome.counts();
			SuccessMessage.flash(redirect, "import.saved", counts.added(), counts.corrected(), counts.unchanged());
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("importProblem", ex.problem());
		}
		catch (ChangedMeanwhile ex) {
			redirect.addFlashAttribute("importProblem", new ImportProblem("caseload.import.changedMeanwhile", new Object[0]));
			return "redirect:" + PAGE + "/" + batchId;
		}
		return "redirect:" + PAGE;
	}

	private String show(Model model) {
		model.addAttribute("rulesKeys", CaseloadCsv.RULE_KEYS);
		model.addAttribute("records", batches.recent(CaseloadCsv.KIND, RECENT));
		if (!model.containsAttribute("rowErrors")) {
			model.addAttribute("rowErrors", List.<RowError>of());
		}
		Long own = CurrentUser.required().localityId();
		Optional<LocalityView> ownLocality = own == null ? Optional.empty() : localities.find(own);
		model.addAttribute("ownLocalityId", ownLocality.map(LocalityView::id).orElse(null));
		model.addAttribute("ownLocalityName", ownLocality.map(LocalityView::name).orElse(null));
		return VIEW;
	}

	private static SignedInUser mayImport() {
		SignedInUser user = CurrentUser.required();
		if (!user.mayEnterFigures()) {
			throw new AccessDeniedException("Not allowed to import caseload figures");
		}
		return user;
	}
}

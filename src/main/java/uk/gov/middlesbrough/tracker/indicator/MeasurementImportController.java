package uk.gov.middlesbrough.tracker.indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import uk.gov.middlesbrough.tracker.importing.StagedImport;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The measurements import: upload and check, preview, confirm. Only users who may enter figures (head of
 * service, neighbourhood managers) may use it; a manager's rows must all be for their own locality.
 */
@Controller
class MeasurementImportController {

	private static final String VIEW = "indicator/import";
	private static final String PAGE = "/indicators/import";
	static final List<String> RULES = List.of("measurement.import.rule.columns", "measurement.import.rule.indicator",
			"measurement.import.rule.locality", "measurement.import.rule.period", "measurement.import.rule.value",
			"measurement.import.rule.optional", "measurement.import.rule.corrections", "measurement.import.rule.personal");

	private final MeasurementImport imports;
	private final ImportBatches batches;

	MeasurementImportController(MeasurementImport imports, ImportBatches batches) {
		this.imports = imports;
		this.batches = batches;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		mayImport();
		return view(model);
	}

	@PostMapping(PAGE)
	String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		SignedInUser user = mayImport();
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("importProblem", new ImportProblem("import.refused.noFile", new Object[0]));
			return view(model);
		}
		try {
			CsvFile csv = imports.read(file.getOriginalFilename(), file.getBytes());
			CheckedFile checked = imports.check(csv, user);
			if (checked.hasErrors()) {
				model.addAttribute("rowErrors", checked.errors());
				return view(model);
			}
			long batchId = batches.stage(MeasurementImport.KIND, file.getOriginalFilename(), csv, user.getUsername());
			return "redirect:" + PAGE + "/" + batchId;
		}
		catch (ImportRefused ex) {
			model.addAttribute("importProblem", ex.problem());
			return view(model);
		}
	}

	@GetMapping(PAGE + "/{batchId}")
	String preview(@PathVariable long batchId, Model model, RedirectAttributes redirect) {
		SignedInUser user = mayImport();
		StagedImport staged = batches.find(batchId, MeasurementImport.KIND, user.getUsername()).orElse(null);
		if (staged == null || staged.confirmed()) {
			redirect.addFlashAttribute("importProblem", new ImportProblem(
					staged == null ? "import.refused.expired" : "import.refused.alreadyConfirmed", new Object[0]));
			return "redirect:" + PAGE;
		}
		MeasurementImport.Previewed previewed = imports.preview(staged, user);
		if (previewed.preview() == null) {
			model.addAttribute("rowErrors", previewed.checked().errors());
		}
		model.addAttribute("preview", previewed.preview());
		return view(model);
	}

	@PostMapping(PAGE + "/{batchId}/confirm")
	String confirm(@PathVariable long batchId, Model model, RedirectAttributes redirect) {
		SignedInUser user = mayImport();
		try {
			MeasurementImport.Confirmed confirmed = imports.confirm(batchId, user);
			if (confirmed.counts() == null) {
				model.addAttribute("rowErrors", confirmed.checked().errors());
				return view(model);
			}
			ImportCounts counts = confirmed.counts();
			SuccessMessage.flash(redirect, "import.saved", counts.added(), counts.corrected(), counts.unchanged());
			return "redirect:" + PAGE;
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("importProblem", ex.problem());
			return "redirect:" + PAGE;
		}
		catch (ChangedMeanwhile ex) {
			// Someone saved one of the same figures at the same moment; nothing of this file was saved.
			redirect.addFlashAttribute("importProblem", new ImportProblem("measurement.import.changedMeanwhile", new Object[0]));
			return "redirect:" + PAGE + "/" + batchId;
		}
	}

	@GetMapping(PAGE + "/template.csv")
	ResponseEntity<byte[]> template() {
		mayImport();
		StringWriter csv = new StringWriter();
		List<String> header = new java.util.ArrayList<>(MeasurementImport.REQUIRED);
		header.addAll(MeasurementImport.OPTIONAL);
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			printer.printRecord("asb-incidents", "North Ormesby", "2021-06-30", "50", "Peak of the summer spike",
					"Scrutiny panel minutes, early 2022: '50 incidents per month' June to August 2021");
			printer.printRecord("childrens-centre-families", "North Ormesby", "2021-12-31", "245", "",
					"Scrutiny panel minutes, early 2022 (Children's Centre briefing paper)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("measurements-template.csv").build().toString())
				.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String view(Model model) {
		if (model.getAttribute("importProblem") != null || model.getAttribute("rowErrors") != null) {
			// The layout then starts the page title with "Error: ", as for a form with errors.
			model.addAttribute("pageHasErrors", true);
		}
		model.addAttribute("rulesKeys", RULES);
		model.addAttribute("records", batches.recent(MeasurementImport.KIND, 10));
		return VIEW;
	}

	private static SignedInUser mayImport() {
		SignedInUser user = CurrentUser.required();
		if (!user.mayEnterFigures()) {
			throw new AccessDeniedException("Not allowed to import figures");
		}
		return user;
	}
}

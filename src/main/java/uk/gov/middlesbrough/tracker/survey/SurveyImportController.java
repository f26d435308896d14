package uk.gov.middlesbrough.tracker.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.importing.ImportBatches;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportPreview;
import uk.gov.middlesbrough.tracker.importing.ImportProblem;
import uk.gov.middlesbrough.tracker.importing.ImportRefused;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.SurveyImportCheck.PlannedRow;
import uk.gov.middlesbrough.tracker.survey.SurveyImporter.Review;
import uk.gov.middlesbrough.tracker.survey.SurveyImporter.Upload;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The survey results import: upload and check, preview against today's figures, confirm, and the template.
 * For users who may enter figures (head of service; a neighbourhood manager for their own locality's rows).
 */
@Controller
class SurveyImportController {

	private static final String VIEW = "survey/import";
	private static final String PAGE = "/surveys/import";
	private static final List<String> RULES = List.of("survey.import.rules.locality", "survey.import.rules.wave",
			"survey.import.rules.waveDate", "survey.import.rules.question", "survey.import.rules.percentage",
			"survey.import.rules.respondents", "survey.import.rules.repeat", "survey.import.rules.allOrNothing");
	private static final List<String> PREVIEW_COLUMNS = List.of("survey.import.col.locality", "survey.import.col.wave",
			"survey.import.col.waveDate", "survey.import.col.question", "survey.import.col.percentage",
			"survey.import.col.respondents");

	private final SurveyImporter importer;
	private final ImportBatches batches;
	private final MessageSource messages;

	SurveyImportController(SurveyImporter importer, ImportBatches batches, MessageSource messages) {
		this.importer = importer;
		this.batches = batches;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		SurveyImporter.checkMayImport(CurrentUser.required());
		return view(model);
	}

	@PostMapping(PAGE)
	String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		SignedInUser user = CurrentUser.required();
		SurveyImporter.checkMayImport(user);
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			model.addAttribute("importProblem", new ImportProblem("import.refused.noFile", new Object[0]));
			return view(model);
		}
		try {
			Upload upload = importer.upload(file.getOriginalFilename(), file.getBytes(), user);
			if (upload.batchId() == null) {
				model.addAttribute("rowErrors", upload.errors());
				return view(model);
			}
			return "redirect:" + PAGE + "/" + upload.batchId();
		}
		catch (ImportRefused ex) {
			model.addAttribute("importProblem", ex.problem());
			return view(model);
		}
	}

	@GetMapping(PAGE + "/{batchId}")
	String preview(@PathVariable long batchId, Model model, RedirectAttributes redirect) {
		try {
			return show(importer.review(batchId, CurrentUser.required()), model);
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("importProblem", ex.problem());
			return "redirect:" + PAGE;
		}
	}

	@PostMapping(PAGE + "/{batchId}/confirm")
	String confirm(@PathVariable long batchId, Model model, RedirectAttributes redirect) {
		try {
			Review review = importer.confirm(batchId, CurrentUser.required());
			if (review.check().hasErrors()) {
				return show(review, model);
			}
			ImportCounts counts = review.counts();
			SuccessMessage.flash(redirect, "import.saved", counts.added(), counts.corrected(), counts.unchanged());
			return "redirect:" + PAGE;
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("importProblem", ex.problem());
			return "redirect:" + PAGE;
		}
		catch (FigureChangedMeanwhile ex) {
			redirect.addFlashAttribute("importProblem", new ImportProblem("survey.import.changedMeanwhile", new Object[0]));
			return "redirect:" + PAGE + "/" + batchId;
		}
	}

	@GetMapping(PAGE + "/template.csv")
	ResponseEntity<byte[]> template() {
		SurveyImporter.checkMayImport(CurrentUser.required());
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("survey-results-template.csv").build().toString())
				.body(SurveyImportFile.TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	private String show(Review review, Model model) {
		if (review.check().hasErrors()) {
			model.addAttribute("rowErrors", review.check().errors());
		}
		else {
			model.addAttribute("preview", new ImportPreview(review.staged().id(), review.staged().fileName(), PREVIEW_COLUMNS,
					review.check().rows().stream().map(this::previewRow).toList()));
			model.addAttribute("newWaves", review.check().newWaves());
		}
		return view(model);
	}

	private PreviewRow previewRow(PlannedRow row) {
		String wave = row.wave() == null ? message("survey.import.newWave", row.waveName()) : row.waveName();
		String respondents = row.respondents() == null ? message("value.notRecorded") : String.valueOf(row.respondents());
		List<String> cells = List.of(row.locality().name(), wave, row.waveDate().toString(), row.question().text(),
				message("survey.percent", row.percent().text()), respondents);
		String previous = row.previous() == null ? ""
				: row.previous().respondents() == null ? message("survey.percent", row.previous().percent().text())
						: message("survey.import.previous", row.previous().percent().text(), row.previous().respondents());
		return new PreviewRow(row.row(), row.change(), cells, previous);
	}

	private String view(Model model) {
		model.addAttribute("rules", RULES);
		model.addAttribute("history", batches.recent(SurveyImportFile.KIND, 10));
		return VIEW;
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, locale);
	}
}

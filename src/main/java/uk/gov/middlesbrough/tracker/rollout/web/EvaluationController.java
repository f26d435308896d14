package uk.gov.middlesbrough.tracker.rollout.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.chart.SvgResponse;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.rollout.Ward;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;
import uk.gov.middlesbrough.tracker.rollout.evaluation.EvaluatedLocality;
import uk.gov.middlesbrough.tracker.rollout.evaluation.EvaluationChoices;
import uk.gov.middlesbrough.tracker.rollout.evaluation.LocalityEvaluation;
import uk.gov.middlesbrough.tracker.rollout.evaluation.LocalityEvaluations;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;

/**
 * Evaluating a locality (everyone signed in, read-only): its figures on a measure before and after its start date
 * against comparator wards, the difference-in-differences in a table, a chart and words, and the caveats.
 */
@Controller
class EvaluationController {

	private final LocalityEvaluations evaluations;
	private final SmallNumbers smallNumbers;
	private final MessageSource messages;
	private final Clock clock;

	EvaluationController(LocalityEvaluations evaluations, SmallNumbers smallNumbers, MessageSource messages, Clock clock) {
		this.evaluations = evaluations;
		this.smallNumbers = smallNumbers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/rollout/evaluation")
	String page(@ModelAttribute EvaluationForm evaluationForm, BindingResult result,
			@RequestParam(required = false) String show, Model model) {
		EvaluationChoices choices = evaluations.choices();
		if (show != null) {
			evaluationForm.validate(result);
			if (!result.hasErrors()) {
				model.addAttribute("report", EvaluationReport.of(evaluate(choices, evaluationForm), messages,
						LocaleContextHolder.getLocale()));
			}
		}
		model.addAttribute("localities", choices.linkedLocalities().stream()
			.map(locality -> new Option(String.valueOf(locality.id()), locality.name())).toList());
		model.addAttribute("measures", choices.measures().stream()
			.map(measure -> new Option(measure.code(), measure.name())).toList());
		model.addAttribute("candidates", choices.candidates());
		model.addAttribute("similar", LocalityEvaluations.SIMILAR);
		model.addAttribute("threshold", smallNumbers.threshold());
		return "rollout/evaluation";
	}

	@GetMapping("/rollout/evaluation/chart.svg")
	ResponseEntity<byte[]> chart(@ModelAttribute EvaluationForm evaluationForm, BindingResult result) {
		evaluationForm.validate(result);
		if (result.hasErrors()) {
			throw new NotFound("evaluation");
		}
		LocalityEvaluation evaluated = evaluate(evaluations.choices(), evaluationForm);
		if (evaluated.evaluation() == null) {
			throw new NotFound("evaluation of " + evaluated.locality().name());
		}
		return SvgResponse.of(EvaluationChart.of(evaluated, messages, LocaleContextHolder.getLocale()).svg());
	}

	/** The evaluation's figures by period ({@code table=periods}) or its averages ({@code table=summary}) as CSV or XLSX. */
	@GetMapping("/rollout/evaluation/export")
	ResponseEntity<byte[]> export(@ModelAttribute EvaluationForm evaluationForm, BindingResult result,
			@RequestParam(defaultValue = "periods") String table, @RequestParam(defaultValue = "csv") String format) {
		evaluationForm.validate(result);
		if (result.hasErrors()) {
			throw new NotFound("evaluation");
		}
		LocalityEvaluation evaluated = evaluate(evaluations.choices(), evaluationForm);
		ExportTable exported = new EvaluationExport(evaluated, smallNumbers.threshold(), messages, LocaleContextHolder.getLocale())
			.table(table);
		return ExportResponse.of(exported, format, LocalDate.now(clock));
	}

	private LocalityEvaluation evaluate(EvaluationChoices choices, EvaluationForm form) {
		long localityId = form.localityId();
		EvaluatedLocality locality = choices.locality(localityId).orElseThrow(() -> new NotFound("locality", localityId));
		WardMeasure measure = choices.measure(form.getMeasure())
			.orElseThrow(() -> new NotFound("measure with figures over time", form.getMeasure()));
		List<Long> ids = form.comparatorIds();
		List<Ward> comparators = choices.comparators(ids).orElseThrow(() -> new NotFound("comparator wards", ids));
		return evaluations.evaluate(choices, locality, measure, comparators);
	}
}

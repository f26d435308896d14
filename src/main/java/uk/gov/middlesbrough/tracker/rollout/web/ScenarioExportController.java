package uk.gov.middlesbrough.tracker.rollout.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportResponse;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.rollout.FrozenFigure;
import uk.gov.middlesbrough.tracker.rollout.NeedIndex;
import uk.gov.middlesbrough.tracker.rollout.NeedScenarios;
import uk.gov.middlesbrough.tracker.rollout.SavedScenario;
import uk.gov.middlesbrough.tracker.rollout.ScenarioIndicator;
import uk.gov.middlesbrough.tracker.rollout.ScenarioInputs;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * A saved need index as CSV or XLSX, for a paper to the Design and Implementation Group: a row a ward in order of need,
 * with its index, each indicator's contribution (to four places) and the figures used; a percentage made from fewer
 * people than the small-number threshold is written as withheld, never as its value.
 */
@Controller
class ScenarioExportController {

	private final NeedScenarios scenarios;
	private final SmallNumbers smallNumbers;
	private final MessageSource messages;

	ScenarioExportController(NeedScenarios scenarios, SmallNumbers smallNumbers, MessageSource messages) {
		this.scenarios = scenarios;
		this.smallNumbers = smallNumbers;
		this.messages = messages;
	}

	@GetMapping("/rollout/scenarios/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
		SavedScenario scenario = scenarios.find(id).orElseThrow(() -> new NotFound("scenario", id));
		ScenarioInputs inputs = scenario.inputs();
		List<String> headings = new ArrayList<>(List.of(text("rollout.ranking.place"), text("rollout.ranking.ward"),
				text("rollout.ranking.locality"), text("rollout.ranking.index")));
		inputs.indicators().forEach(indicator -> headings.add(text("rollout.ranking.contribution", indicator.name())));
		inputs.indicators().forEach(indicator -> headings.add(indicator.name()));
		ExportTable table = new ExportTable(scenario.name(), headings);
		Map<String, Map<Integer, FrozenFigure>> byWard = inputs.byWard();
		Set<String> localities = inputs.localityWards();
		List<Boolean> illustrative = new ArrayList<>();
		for (NeedIndex.WardScore ward : inputs.ranking().wards()) {
			List<Object> row = new ArrayList<>(List.of(ward.place(), ward.ward(),
					localities.contains(ward.ward()) ? text("rollout.sensitivity.yes") : "", places(ward.index())));
			inputs.indicators().forEach(indicator -> row.add(places(ward.contributions().get(indicator.name()))));
			Map<Integer, FrozenFigure> figures = byWard.getOrDefault(ward.ward(), Map.of());
			for (ScenarioIndicator indicator : inputs.indicators()) {
				row.add(figure(figures.get(indicator.position())));
			}
			illustrative.add(figures.values().stream().anyMatch(FrozenFigure::illustrative));
			table.row(row.toArray());
		}
		return ExportResponse.of(table.markedWhere(text("export.illustrative"), text("illustrative.tag"), illustrative),
				format, scenario.figuresAsOf());
	}

	private Object figure(FrozenFigure figure) {
		if (figure == null) {
			return null;
		}
		if (figure.peopleCount() != null && smallNumbers.suppressed(figure.peopleCount())) {
			return text("rollout.figure.withheld", smallNumbers.threshold());
		}
		return figure.value();
	}

	private static BigDecimal places(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}

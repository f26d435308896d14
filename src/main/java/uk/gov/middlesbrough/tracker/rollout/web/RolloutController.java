package uk.gov.middlesbrough.tracker.rollout.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.rollout.NeedScenarios;
import uk.gov.middlesbrough.tracker.rollout.RolloutPermissions;
import uk.gov.middlesbrough.tracker.rollout.Ward;
import uk.gov.middlesbrough.tracker.rollout.WardFigure;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;
import uk.gov.middlesbrough.tracker.rollout.WardQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Roll-out planning: every ward with its latest figure for each measure (which wards run locality working), and the
 * need indexes saved so far. Three statements for the wards and one for the scenarios, whatever the number of wards.
 */
@Controller
class RolloutController {

	private final WardQueries wards;
	private final NeedScenarios scenarios;
	private final SmallNumbers smallNumbers;
	private final Clock clock;

	RolloutController(WardQueries wards, NeedScenarios scenarios, SmallNumbers smallNumbers, Clock clock) {
		this.wards = wards;
		this.scenarios = scenarios;
		this.smallNumbers = smallNumbers;
		this.clock = clock;
	}

	@GetMapping("/rollout")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<WardMeasure> measures = wards.measures();
		List<Ward> all = wards.wards();
		Map<Long, Map<String, WardFigure>> latest = new LinkedHashMap<>();
		for (WardFigure figure : wards.latest(LocalDate.now(clock))) {
			latest.computeIfAbsent(figure.wardId(), ward -> new LinkedHashMap<>()).put(figure.measureCode(), figure);
		}
		model.addAttribute("measures", measures);
		model.addAttribute("rows", all.stream().map(ward -> new WardRow(ward, measures.stream()
			.map(measure -> cell(latest.getOrDefault(ward.id(), Map.of()).get(measure.code()), measure.unit())).toList()))
			.toList());
		model.addAttribute("illustrative", all.stream().anyMatch(Ward::illustrative)
				|| latest.values().stream().flatMap(map -> map.values().stream()).anyMatch(WardFigure::illustrative));
		model.addAttribute("scenarios", scenarios.all());
		model.addAttribute("mayBuild", RolloutPermissions.mayBuild(user));
		model.addAttribute("threshold", smallNumbers.threshold());
		return "rollout/home";
	}

	private FigureCell cell(WardFigure figure, String unit) {
		return figure == null ? null
				: FigureCell.of(figure.value(), figure.peopleCount(), figure.illustrative(), unit, smallNumbers);
	}

	/** A ward and its latest figures in the measures' order (null where it has none). */
	record WardRow(Ward ward, List<FigureCell> cells) {
	}
}

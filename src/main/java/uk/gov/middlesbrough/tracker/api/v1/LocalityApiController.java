package uk.gov.middlesbrough.tracker.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.LocalityActions;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** Localities, their plans and their actions, as of any past day, read through the plans' own queries. */
@RestController
@Tag(name = "Localities and plans")
class LocalityApiController {

	private final LocalityQueries localities;
	private final PlanQueries plans;
	private final ApiParameters parameters;

	LocalityApiController(LocalityQueries localities, PlanQueries plans, ApiParameters parameters) {
		this.localities = localities;
		this.plans = plans;
		this.parameters = parameters;
	}

	@GetMapping("/api/v1/localities")
	@Operation(summary = "Every locality")
	List<LocalityJson> localities() {
		return localities.all().stream().map(LocalityJson::of).toList();
	}

	@GetMapping("/api/v1/localities/{id}")
	@Operation(summary = "A locality with its headline completion and RAG counts, and each plan's, as of a day")
	LocalityPlansJson locality(@PathVariable long id, @Parameter(description = ApiDocs.AS_OF)
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalityView locality = locality(id);
		return LocalityPlansJson.of(LocalityJson.of(locality), localityPlans(id, parameters.asOf(asOf)));
	}

	@GetMapping("/api/v1/localities/{id}/plans")
	@Operation(summary = "A locality's nine plans with completion, RAG counts and review status, as of a day")
	List<PlanJson> plans(@PathVariable long id, @Parameter(description = ApiDocs.AS_OF)
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		locality(id);
		return localityPlans(id, parameters.asOf(asOf)).plans().stream().map(PlanJson::of).toList();
	}

	@GetMapping("/api/v1/localities/{id}/actions")
	@Operation(summary = "A locality's actions as they stood on a day, plan by plan and by due date, a page at a time")
	PageJson<ActionJson> actions(@PathVariable long id, @Parameter(description = ApiDocs.AS_OF)
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = ApiDocs.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = ApiDocs.SIZE) @RequestParam(required = false) Integer size) {
		AsOf moment = parameters.asOf(asOf);
		LocalityActions actions = plans.localityActions(id, moment).orElseThrow(() -> new NotFound("locality", id));
		return parameters.page(actions.actions().stream()
				.map(action -> ActionJson.of(action, actions.planTitle(action.planId()))).toList(), page, size);
	}

	private LocalityView locality(long id) {
		return localities.find(id).orElseThrow(() -> new NotFound("locality", id));
	}

	private LocalityPlans localityPlans(long id, AsOf asOf) {
		return plans.localityPlans(id, asOf).orElseThrow(() -> new NotFound("locality", id));
	}
}

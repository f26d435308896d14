package uk.gov.middlesbrough.tracker.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyQueries;

/** Scrutiny recommendations and their status, as of any past day, a page at a time. */
@RestController
@Tag(name = "Scrutiny recommendations")
class RecommendationApiController {

	private final ScrutinyQueries scrutiny;
	private final ApiParameters parameters;

	RecommendationApiController(ScrutinyQueries scrutiny, ApiParameters parameters) {
		this.scrutiny = scrutiny;
		this.parameters = parameters;
	}

	@GetMapping("/api/v1/recommendations")
	@Operation(summary = "Every scrutiny recommendation with its status as of a day, by review and order, a page at a time")
	PageJson<RecommendationJson> recommendations(@Parameter(description = ApiDocs.AS_OF)
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = ApiDocs.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = ApiDocs.SIZE) @RequestParam(required = false) Integer size) {
		return parameters.page(scrutiny.recommendations(parameters.asOf(asOf)).stream().map(RecommendationJson::of).toList(),
				page, size);
	}
}

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
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.survey.SurveyQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** A locality's indicator figures (small counts withheld) and resident survey results, as of any past day. */
@RestController
@Tag(name = "Indicators and surveys")
class FiguresApiController {

	/** How many of each indicator's latest figures are given: as many as a locality's dashboard charts. */
	static final int FIGURES = 12;

	private final LocalityQueries localities;
	private final IndicatorQueries indicators;
	private final SurveyQueries surveys;
	private final SmallNumbers smallNumbers;
	private final ApiParameters parameters;

	FiguresApiController(LocalityQueries localities, IndicatorQueries indicators, SurveyQueries surveys,
			SmallNumbers smallNumbers, ApiParameters parameters) {
		this.localities = localities;
		this.indicators = indicators;
		this.surveys = surveys;
		this.smallNumbers = smallNumbers;
		this.parameters = parameters;
	}

	@GetMapping("/api/v1/localities/{id}/indicators")
	@Operation(summary = "Each indicator's latest 12 figures in a locality as of a day, with direction of travel and "
			+ "target status; small counts withheld (value null, withheld true), provisional figures marked")
	List<IndicatorJson> indicators(@PathVariable long id, @Parameter(description = ApiDocs.AS_OF)
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		AsOf moment = parameters.asOf(asOf);
		localities.find(id).orElseThrow(() -> new NotFound("locality", id));
		return indicators.recentSeries(List.of(id), moment, FIGURES).stream()
				.filter(series -> series.series().localityId() == id)
				.map(series -> IndicatorJson.of(series, smallNumbers)).toList();
	}

	@GetMapping("/api/v1/localities/{id}/surveys")
	@Operation(summary = "A locality's resident survey results as of a day, each with its 95 % Wilson interval where the "
			+ "sample size is recorded")
	SurveyJson surveys(@PathVariable long id, @Parameter(description = ApiDocs.AS_OF)
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return SurveyJson.of(surveys.locality(id, parameters.asOf(asOf)).orElseThrow(() -> new NotFound("locality", id)));
	}
}

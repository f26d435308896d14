package uk.gov.middlesbrough.tracker.caseload.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.caseload.CaseloadOptions;
import uk.gov.middlesbrough.tracker.caseload.CaseloadQueries;
import uk.gov.middlesbrough.tracker.caseload.CaseloadThresholds;
import uk.gov.middlesbrough.tracker.caseload.ChildrenOverTime.PostColumn;
import uk.gov.middlesbrough.tracker.caseload.ChildrenOverTime.Row;
import uk.gov.middlesbrough.tracker.caseload.ChildrenOverTime;
import uk.gov.middlesbrough.tracker.chart.ChartSeries;
import uk.gov.middlesbrough.tracker.chart.SvgResponse;
import uk.gov.middlesbrough.tracker.chart.TrendChart;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** Children on caseload per post over time, as an SVG image (the page shows the same figures as text and a table). */
@Controller
class CaseloadChartController {

	private final CaseloadQueries queries;
	private final CaseloadOptions options;
	private final CaseloadThresholds thresholds;
	private final Clock clock;

	CaseloadChartController(CaseloadQueries queries, CaseloadOptions options, CaseloadThresholds thresholds, Clock clock) {
		this.queries = queries;
		this.options = options;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/caseloads/chart.svg")
	ResponseEntity<byte[]> chart(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		ChildrenOverTime overTime = queries.page(id, AsOf.of(asOf, clock))
			.orElseThrow(() -> new NotFound("locality", id))
			.overTime();
		List<ChartSeries> series = new ArrayList<>();
		for (int i = 0; i < overTime.posts().size(); i++) {
			List<ChartSeries.Point> points = new ArrayList<>();
			for (Row row : overTime.rows()) {
				Integer children = row.children().get(i);
				if (children != null) {
					points.add(new ChartSeries.Point(row.date(), children.doubleValue(), String.valueOf(children)));
				}
			}
			series.add(new ChartSeries(name(overTime.posts().get(i)), points));
		}
		TrendChart chart = TrendChart.overTime(series, options.message("caseload.chart.axis"), CaseloadOptions::shortDay);
		for (Map.Entry<Integer, Set<String>> line : thresholdLines(overTime.posts()).entrySet()) {
			chart = chart.withLine(line.getKey().doubleValue(),
					options.message("caseload.chart.threshold", line.getKey(), String.join(", ", line.getValue())));
		}
		return SvgResponse.of(chart.svg());
	}

	/** Each threshold the charted posts' roles have, with who it applies to ("early help" for both early help roles). */
	private Map<Integer, Set<String>> thresholdLines(List<PostColumn> posts) {
		Map<Integer, Set<String>> lines = new TreeMap<>();
		for (PostColumn post : posts) {
			lines.computeIfAbsent(thresholds.forRole(post.role()).max(), max -> new LinkedHashSet<>())
				.add(options.message("caseload.chart.thresholdFor." + post.role().name()));
		}
		return lines;
	}

	private String name(PostColumn post) {
		return post.withRole() ? post.label() + " (" + options.roleName(post.role()) + ")" : post.label();
	}
}

package uk.gov.middlesbrough.tracker.indicator.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.chart.SvgResponse;
import uk.gov.middlesbrough.tracker.indicator.IndicatorChart;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPage;
import uk.gov.middlesbrough.tracker.indicator.IndicatorPermissions;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.LocalitySeries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The indicator library, an indicator's page and its trend charts: everyone signed in reads them. */
@Controller
class IndicatorController {

	private final IndicatorQueries queries;
	private final IndicatorPageModel pageModel;
	private final MessageSource messages;
	private final Clock clock;

	IndicatorController(IndicatorQueries queries, IndicatorPageModel pageModel, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.pageModel = pageModel;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/indicators")
	String library(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("indicators", queries.library());
		model.addAttribute("canManageIndicators", IndicatorPermissions.mayManageLibrary(user));
		model.addAttribute("canImport", IndicatorPermissions.mayEnterFigures(user));
		return "indicator/list";
	}

	@GetMapping("/indicators/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long locality,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		IndicatorPage page = queries.page(id, AsOf.now(clock), locality).orElseThrow(() -> new NotFound("indicator", id));
		return pageModel.show(page, new MeasurementForm(), user, model);
	}

	/**
	 * The trend of the localities named by {@code locality} (one or more; without it, every locality), one line
	 * each, with the target drawn as a line; with {@code figures}, each line's latest that many figures only (as the
	 * dashboard's table beside it lists them).
	 */
	@GetMapping("/indicators/{id}/chart.svg")
	ResponseEntity<byte[]> chart(@PathVariable long id, @RequestParam(required = false) List<Long> locality,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Integer figures) {
		IndicatorView indicator = queries.find(id).orElseThrow(() -> new NotFound("indicator", id));
		List<LocalitySeries> series = queries.chartSeries(indicator, locality, AsOf.of(asOf, clock),
				figures == null ? null : Math.max(1, figures));
		return SvgResponse.of(IndicatorChart.of(indicator, series, messages, LocaleContextHolder.getLocale()).svg());
	}
}

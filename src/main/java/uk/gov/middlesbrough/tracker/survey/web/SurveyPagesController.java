package uk.gov.middlesbrough.tracker.survey.web;

import java.time.Clock;
import java.time.LocalDate;
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
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.LocalitySurveys;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend;
import uk.gov.middlesbrough.tracker.survey.SurveyPermissions;
import uk.gov.middlesbrough.tracker.survey.SurveyQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The survey index, a locality's survey page and its charts. Everyone signed in may read them. */
@Controller
class SurveyPagesController {

	private final SurveyQueries queries;
	private final LocalityQueries localities;
	private final MessageSource messages;
	private final Clock clock;

	SurveyPagesController(SurveyQueries queries, LocalityQueries localities, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.localities = localities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/surveys")
	String index(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("localities", localities.all());
		model.addAttribute("waveCounts", queries.waveCounts());
		model.addAttribute("questions", queries.questions());
		model.addAttribute("canImport", SurveyPermissions.mayEnterFigures(user));
		model.addAttribute("canManageQuestions", SurveyPermissions.mayManageQuestions(user));
		return "survey/index";
	}

	@GetMapping("/localities/{id}/surveys")
	String locality(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LocalitySurveys surveys = surveys(id);
		model.addAttribute("surveys", surveys);
		model.addAttribute("canEnterFigures", SurveyPermissions.mayEnterFiguresFor(user, id));
		return "survey/locality";
	}

	@GetMapping("/localities/{id}/surveys/chart.svg")
	ResponseEntity<byte[]> chart(@PathVariable long id, @RequestParam long question,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalitySurveys surveys = queries.locality(id, AsOf.of(asOf, clock)).orElseThrow(() -> new NotFound("locality", id));
		QuestionTrend trend = surveys.trend(question);
		if (trend == null) {
			throw new NotFound("question", question);
		}
		String axis = messages.getMessage("survey.chart.axis", null, LocaleContextHolder.getLocale());
		return SvgResponse.of(trend.chart(surveys.localityName(), axis).svg());
	}

	private LocalitySurveys surveys(long id) {
		return queries.locality(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("locality", id));
	}
}

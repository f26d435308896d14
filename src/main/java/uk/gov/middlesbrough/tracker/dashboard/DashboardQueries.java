package uk.gov.middlesbrough.tracker.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPage;
import uk.gov.middlesbrough.tracker.caseload.CaseloadQueries;
import uk.gov.middlesbrough.tracker.escalation.EscalationQueries;
import uk.gov.middlesbrough.tracker.escalation.OpenEscalation;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.survey.LocalitySurveys;
import uk.gov.middlesbrough.tracker.survey.SurveyQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Builds dashboards for one or many localities as of a moment, asking each feature once for all of them,
 * so the statement count does not grow with the number of localities.
 */
@Component
@Transactional(readOnly = true)
public class DashboardQueries {

	private final LocalityQueries localities;
	private final PlanQueries plans;
	private final IndicatorQueries indicators;
	private final SurveyQueries surveys;
	private final CaseloadQueries caseloads;
	private final EscalationQueries escalations;

	DashboardQueries(LocalityQueries localities, PlanQueries plans, IndicatorQueries indicators, SurveyQueries surveys,
			CaseloadQueries caseloads, EscalationQueries escalations) {
		this.localities = localities;
		this.plans = plans;
		this.indicators = indicators;
		this.surveys = surveys;
		this.caseloads = caseloads;
		this.escalations = escalations;
	}

	public List<LocalityDashboard> dashboards(List<Long> localityIds, AsOf asOf) {
		List<LocalityView> found = localities.findAll(localityIds);
		List<Long> ids = found.stream().map(LocalityView::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, LocalityPlans> plansById = plans.localitiesPlans(ids, asOf).stream()
				.collect(Collectors.toMap(LocalityPlans::localityId, Function.identity()));
		Map<Long, List<IndicatorSeries>> indicatorsById = indicators.allSeries(asOf).stream()
				.filter(series -> ids.contains(series.series().localityId()))
				.collect(Collectors.groupingBy(series -> series.series().localityId()));
		Map<Long, LocalitySurveys> surveysById = surveys.localities(ids, asOf).stream()
				.collect(Collectors.toMap(LocalitySurveys::localityId, Function.identity()));
		Map<Long, CaseloadPage> caseloadsById = caseloads.pages(ids, asOf).stream()
				.collect(Collectors.toMap(CaseloadPage::localityId, Function.identity()));
		Map<Long, List<OpenEscalation>> escalationsById = escalations.openByLocality(ids, asOf);
		return found.stream().map(locality -> new LocalityDashboard(locality, plansById.get(locality.id()),
				indicatorsById.getOrDefault(locality.id(), List.of()), surveysById.get(locality.id()),
				caseloadsById.get(locality.id()), escalationsById.getOrDefault(locality.id(), List.of()))).toList();
	}
}

package uk.gov.middlesbrough.tracker.dashboard;

import java.util.List;
import uk.gov.middlesbrough.tracker.caseload.CaseloadPage;
import uk.gov.middlesbrough.tracker.escalation.OpenEscalation;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.survey.LocalitySurveys;

/**
 * Everything one locality's dashboard shows, as of one moment: plans, the PMF indicators with figures for
 * the locality, resident surveys, caseloads and the open escalations to DIG.
 */
public record LocalityDashboard(LocalityView locality, LocalityPlans plans, List<IndicatorSeries> indicators,
		LocalitySurveys surveys, CaseloadPage caseloads, List<OpenEscalation> escalations) {

	/** The series of an indicator in this locality, or null when it has no figures here. */
	public IndicatorSeries indicator(long indicatorId) {
		return indicators.stream().filter(series -> series.indicator().id() == indicatorId).findFirst().orElse(null);
	}
}

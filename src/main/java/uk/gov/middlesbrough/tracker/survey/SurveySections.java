package uk.gov.middlesbrough.tracker.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.dashboard.DashboardSection;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.pack.PackSection;

/** The resident surveys' part of the dashboard, the comparison and the panel pack, after the indicators. */
@Component
class SurveySections implements DashboardSection, PackSection {

	private static final Object SURVEYS = new Object();

	private final SurveyQueries queries;
	private final MessageSource messages;

	SurveySections(SurveyQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public SurveyFigures section(LocalityReading reading) {
		Map<Long, LocalitySurveys> byLocality = reading.once(SURVEYS, read -> {
			Map<Long, LocalitySurveys> found = new LinkedHashMap<>();
			queries.localities(read.ids(), read.asOf()).forEach(surveys -> found.put(surveys.localityId(), surveys));
			return found;
		});
		return new SurveyFigures(reading.localities(), byLocality, messages, LocaleContextHolder.getLocale());
	}

	@Override
	public SurveyFigures packPart(LocalityReading reading) {
		return section(reading);
	}
}

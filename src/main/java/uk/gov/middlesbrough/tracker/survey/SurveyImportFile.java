package uk.gov.middlesbrough.tracker.survey;

import java.util.List;

/** The survey results CSV: its columns and its downloadable template. */
final class SurveyImportFile {

	static final String KIND = "SURVEY_RESULTS";

	static final String LOCALITY = "locality";
	static final String WAVE = "wave";
	static final String WAVE_DATE = "wave_date";
	static final String QUESTION = "question";
	static final String PERCENTAGE = "percentage_agreeing";
	static final String RESPONDENTS = "respondents";

	static final List<String> REQUIRED = List.of(LOCALITY, WAVE, WAVE_DATE, QUESTION, PERCENTAGE);
	static final List<String> OPTIONAL = List.of(RESPONDENTS);

	/** The downloadable template's rows below its header: two of the papers' figures (Newport, September 2021). */
	static final List<String> TEMPLATE_ROWS = List.of("Newport,September 2021,2021-09-01,safe_day,68.65,",
			"Newport,September 2021,2021-09-01,safe_dark,48.98,");

	private SurveyImportFile() {
	}
}

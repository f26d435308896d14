package uk.gov.middlesbrough.tracker.survey;

import java.time.LocalDate;

/** What a new wave is given: name, fieldwork date, respondents (null if not known) and source (optional). */
public record WaveDetails(String name, LocalDate fieldworkDate, Integer respondents, String source) {
}

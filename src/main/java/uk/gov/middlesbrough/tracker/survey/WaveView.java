package uk.gov.middlesbrough.tracker.survey;

import java.time.LocalDate;

/** A survey wave as pages read it; respondents is null when the number who took part was not recorded. */
public record WaveView(long id, long localityId, String name, LocalDate fieldworkDate, Integer respondents, String source) {
}

package uk.gov.middlesbrough.tracker.pack;

import java.time.LocalDate;
import java.util.List;

/** A panel meeting as pages show it. */
public record MeetingView(long id, String panel, LocalDate meetingDate, String topic, List<Long> localityIds, long version) {
}

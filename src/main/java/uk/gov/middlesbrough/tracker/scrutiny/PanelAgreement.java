package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The panel's agreement to close a recommendation: the meeting at which it agreed (in words, as the minutes name it)
 * and the date. A recommendation moves to a closed status only with one ({@link RecommendationStatus#closesFrom}).
 */
public record PanelAgreement(String meeting, LocalDate agreedOn) {

	public PanelAgreement {
		if (meeting == null || meeting.isBlank()) {
			throw new IllegalArgumentException("The panel's agreement names its meeting");
		}
		Objects.requireNonNull(agreedOn, "The panel's agreement has its date");
		meeting = meeting.strip();
	}

	/** The arguments of the message that says it in words: the meeting and the date as 20 March 2023. */
	public Object[] inWords() {
		return new Object[] { meeting, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(agreedOn) };
	}

	/** The agreement from two stored columns that are both set or both null. */
	static PanelAgreement ofNullable(String meeting, LocalDate agreedOn) {
		return meeting == null ? null : new PanelAgreement(meeting, agreedOn);
	}
}

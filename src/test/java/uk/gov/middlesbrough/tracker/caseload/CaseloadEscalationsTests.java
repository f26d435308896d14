package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.support.Messages;

/** Why the caseload module puts an item on the DIG list, in words, and the keys that name its causes. */
class CaseloadEscalationsTests {

	private final CaseloadEscalations wording = new CaseloadEscalations(null, Messages.bundles());

	@Test
	void aPostIsTheSamePostWhateverTheCaseOrSpacesOfItsLabel() {
		assertThat(CaseloadEscalations.key(2, CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, " Senior Practitioner 1 "))
			.isEqualTo("OVER_THRESHOLD:caseload-post:2:EARLY_HELP_SENIOR_PRACTITIONER:senior practitioner 1")
			.isEqualTo(CaseloadEscalations.key(2, CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, "senior practitioner 1"));
	}

	@Test
	void anOverThresholdPostGivesItsChildrenTheDateAndTheThreshold() {
		PostFigures post = new PostFigures(1, LocalDate.of(2021, 11, 22), CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER,
				"Senior Practitioner 1", new CaseloadFigures(34, 14, 22), null, Instant.EPOCH, "head", false, 0,
				new CaseloadFlag(FlagStatus.OVER, 34, 26, 25));
		assertThat(wording.overThreshold(post)).isEqualTo("Over threshold: 34 children on 22 November 2021, against a threshold of 26");
		assertThat(wording.post(post)).isEqualTo("Early help senior practitioner: Senior Practitioner 1");
	}
}

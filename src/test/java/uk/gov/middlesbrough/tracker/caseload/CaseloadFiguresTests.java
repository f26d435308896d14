package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseloadFiguresTests {

	@Test
	void holdsThePapersFigures() {
		assertThat(new CaseloadFigures(34, 14, 22).inShort()).isEqualTo("34 / 14 / 22");
	}

	@Test
	void refusesNegativeFiguresAndMoreChildrenOpenUnderSixMonthsThanChildren() {
		assertThatThrownBy(() -> new CaseloadFigures(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CaseloadFigures(10, 5, 11)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CaseloadFigures(1000, 5, 1)).isInstanceOf(IllegalArgumentException.class);
		// Every child open under six months: allowed (10 of 10).
		assertThat(new CaseloadFigures(10, 4, 10).childrenUnderSixMonths()).isEqualTo(10);
	}

	@Test
	void rolesAreReadFromCodesInAnyCase() {
		assertThat(CaseloadRole.fromCode("early_help_senior_practitioner")).contains(CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER);
		assertThat(CaseloadRole.fromCode(" Social Worker ")).contains(CaseloadRole.SOCIAL_WORKER);
		assertThat(CaseloadRole.fromCode("SENIOR_PRACTITIONER")).isEmpty();
	}
}

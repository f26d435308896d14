package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLabelTests {

	@Test
	void acceptsPostTitlesWithANumber() {
		for (String label : new String[] { "Senior Practitioner 1", "Social Worker 2", "Agency Social Worker 1",
				"Early Help Practitioner (Newport) 3", "EHP 2", "SW1", "Senior practitioner – cover".replace('–', '-'),
				"Co-ordinator 1", "Vacant post 4", "Family Support Worker 1" }) {
			assertThat(PostLabel.problem(label)).as(label).isEmpty();
		}
	}

	@Test
	void refusesWhatReadsAsAPersonsNameOrIsOnlyANumber() {
		assertThat(PostLabel.problem("Jane Smith")).contains("caseload.postLabel.notAPost");
		assertThat(PostLabel.problem("Mohammed")).contains("caseload.postLabel.notAPost");
		assertThat(PostLabel.problem("12")).contains("caseload.postLabel.numberOnly");
		assertThat(PostLabel.problem(" ")).contains("caseload.postLabel.required");
		assertThat(PostLabel.problem(null)).contains("caseload.postLabel.required");
		assertThat(PostLabel.problem("jane@example.org")).contains("caseload.postLabel.characters");
		assertThat(PostLabel.problem("Senior Practitioner " + "1".repeat(50))).contains("caseload.postLabel.tooLong");
	}

	@Test
	void theSamePostWhateverItsCaseOrSpaces() {
		assertThat(PostLabel.key(" Senior Practitioner 1 ")).isEqualTo(PostLabel.key("senior practitioner 1"));
	}
}

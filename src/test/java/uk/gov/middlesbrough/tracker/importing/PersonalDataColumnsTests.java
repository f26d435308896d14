package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataColumnsTests {

	@Test
	void spotsNamesBirthDatesAddressesAndIdentifiers() {
		for (String header : new String[] { "name", "Name", "child_name", "Child Name", "first name", "surname", "Full-Name",
				"family_name", "worker name", "Worker_Name", "practitioner name", "names", "dob", "date_of_birth", "Date of birth",
				"address", "postcode", "NHS number", "email", "phone", "UPN" }) {
			assertThat(PersonalDataColumns.looksPersonal(header)).as(header).isTrue();
		}
	}

	@Test
	void letsFiguresAndPostTitlesThrough() {
		for (String header : new String[] { "indicator", "locality", "period", "value", "note", "source_reference", "role",
				"post_label", "children", "families", "children_under_six_months", "wave", "question", "percentage_agreeing",
				"respondents" }) {
			assertThat(PersonalDataColumns.looksPersonal(header)).as(header).isFalse();
		}
	}
}

package uk.gov.middlesbrough.tracker.locality.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import uk.gov.middlesbrough.tracker.locality.LocalityDetails;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.DateInput;

class LocalityFormTests {

	@Test
	void readsOnePartnerPerLineDroppingBlanksAndRepeats() {
		LocalityForm form = new LocalityForm();
		form.setPartnerOrganisations("  Cleveland Police \r\n\r\nThirteen Housing\nCleveland Police\n  \nBig Local");
		assertThat(form.partnerList()).containsExactly("Cleveland Police", "Thirteen Housing", "Big Local");
	}

	@Test
	void turnsBlankOptionalFieldsIntoNothingRecorded() {
		LocalityForm form = new LocalityForm();
		form.setName(" Hemlington ");
		form.setWard("Hemlington");
		form.setStatus(LocalityStatus.ROLL_OUT);
		form.setStartDate(DateInput.of(LocalDate.of(2022, 7, 12)));
		form.setBase("   ");
		LocalityDetails details = form.toDetails();
		assertThat(details.name()).isEqualTo("Hemlington");
		assertThat(details.base()).isNull();
		assertThat(details.partnerOrganisations()).isEmpty();
	}

	@Test
	void fillsTheFormFromALocalityForEditing() {
		LocalityView view = new LocalityView(7, "North Ormesby", "North Ormesby", LocalityStatus.PILOT, LocalDate.of(2019, 10, 8),
				"North Ormesby Hub", null, 24, null, List.of("Big Local", "Thirteen Housing"), 3);
		LocalityForm form = LocalityForm.of(view);
		assertThat(form.getPartnerOrganisations()).isEqualTo("Big Local\nThirteen Housing");
		assertThat(form.getStartDate().getDay()).isEqualTo("8");
		assertThat(form.getVersion()).isEqualTo(3);
	}

	@Test
	void refusesAPartnerNameLongerThanTwoHundredCharacters() {
		LocalityForm form = new LocalityForm();
		form.setStartDate(DateInput.of(LocalDate.of(2022, 1, 1)));
		form.setPartnerOrganisations("Cleveland Police\n" + "x".repeat(201));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "localityForm");
		LocalityFormValidator.validate(form, errors);
		assertThat(errors.getFieldError("partnerOrganisations").getCode()).isEqualTo("locality.partners.tooLong");
	}
}

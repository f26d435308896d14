package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

class FormErrorsInterceptorTests {

	static class Form {
		private String name;
		private String ward;
		private String status;

		public String getName() {
			return name;
		}

		public String getWard() {
			return ward;
		}

		public String getStatus() {
			return status;
		}
	}

	@Test
	void putsFieldErrorsInTheOrderTheFormDeclaresItsFieldsKeepingGlobalErrorsFirst() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		result.rejectValue("status", "status.missing");
		result.reject("changed.meanwhile");
		result.rejectValue("name", "name.missing");
		result.rejectValue("ward", "ward.missing");

		BindingResult sorted = FormErrorsInterceptor.inFieldOrder(result);

		assertThat(sorted.getFieldErrors()).extracting(FieldError::getField).containsExactly("name", "ward", "status");
		assertThat(sorted.getAllErrors().get(0).getCode()).isEqualTo("changed.meanwhile");
		assertThat(sorted.getErrorCount()).isEqualTo(4);
	}
}

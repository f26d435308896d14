package uk.gov.middlesbrough.tracker.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.ExecutiveResponse;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.web.DateInput;

class ResponseFormTests {

	@Test
	void readsAnAmountInPoundsAsTyped() {
		assertThat(amount("28500")).isEqualByComparingTo("28500");
		assertThat(amount("£28,500.00")).isEqualTo(new BigDecimal("28500.00"));
		assertThat(amount(" £ 28,500.5 ")).isEqualTo(new BigDecimal("28500.50"));
		assertThat(amount("")).isNull();
		assertThat(amount("28.5k")).isNull();
		assertThat(amount("-1")).isNull();
		assertThat(amount("1.234")).isNull();
	}

	@Test
	void aProposedActionNeedsATimescaleInWordsOrAsADate() {
		ResponseForm form = new ResponseForm();
		form.setStatus(RecommendationStatus.NOT_STARTED);
		form.setProposedAction("Provide additional training on thresholds to Neighbourhood Managers");
		assertThat(errors(form).getFieldError("timescaleText").getCode()).isEqualTo("scrutiny.response.timescale.required");
		form.setTargetDate(DateInput.of(LocalDate.of(2022, 12, 31)));
		assertThat(errors(form).hasErrors()).isFalse();
		form.setTargetDate(new DateInput());
		form.setTimescaleText("To be determined by the Evaluation report");
		assertThat(errors(form).hasErrors()).isFalse();
	}

	@Test
	void aCommentOnlyResponseNeedsNoTimescale() {
		// h) in the paper: a comment, no action, post, budget or timescale.
		ResponseForm form = new ResponseForm();
		form.setStatus(RecommendationStatus.COMPLETED);
		form.setComment("No issues or challenges have been raised but if so they would be managed as 'Business as usual'.");
		assertThat(errors(form).hasErrors()).isFalse();
	}

	@Test
	void wordsNamingAMonthGiveTheTargetDateAndAreKept() {
		ResponseForm form = new ResponseForm();
		form.setStatus(RecommendationStatus.NOT_STARTED);
		form.setProposedAction("Facilitate a workshop");
		form.setTimescaleText(" December 2022 ");
		ExecutiveResponse response = form.toResponse();
		assertThat(response.timescaleText()).isEqualTo("December 2022");
		assertThat(response.targetDate()).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(response.comment()).isNull();
	}

	private static BigDecimal amount(String typed) {
		ResponseForm form = new ResponseForm();
		form.setBudgetAmount(typed);
		return form.parsedAmount();
	}

	private static Errors errors(ResponseForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "responseForm");
		form.validate(errors);
		return errors;
	}
}

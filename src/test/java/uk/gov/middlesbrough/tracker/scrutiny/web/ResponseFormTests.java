package uk.gov.middlesbrough.tracker.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.ExecutiveResponse;
import uk.gov.middlesbrough.tracker.scrutiny.PanelAgreement;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ResponseDecision;
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
		form.setStatus(RecommendationStatus.IN_PROGRESS);
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

	@Test
	void partlyAcceptedAndRejectedNeedReasonsAndReasonsNeedADecision() {
		ResponseForm form = new ResponseForm();
		form.setStatus(RecommendationStatus.IN_PROGRESS);
		form.setDecision(ResponseDecision.PARTLY_ACCEPTED);
		form.setDecisionReasons("  ");
		assertThat(errors(form).getFieldError("decisionReasons").getCode())
			.isEqualTo("scrutiny.response.decisionReasons.required.PARTLY_ACCEPTED");
		form.setDecisionReasons("The second paragraph is for the partners to decide");
		assertThat(errors(form).hasErrors()).isFalse();
		assertThat(form.toResponse().decisionReasons()).isEqualTo("The second paragraph is for the partners to decide");
		form.setDecision(ResponseDecision.ACCEPTED);
		form.setDecisionReasons(null);
		assertThat(errors(form).hasErrors()).isFalse();
		form.setDecision(null);
		form.setDecisionReasons("Reasons without a decision");
		assertThat(errors(form).getFieldError("decision").getCode()).isEqualTo("scrutiny.response.decision.forReasons");
	}

	@Test
	void aRejectedResponseIsNotAcceptedAndClosingItNeedsThePanelsMeetingAndDate() {
		ResponseForm form = new ResponseForm();
		form.setDecision(ResponseDecision.REJECTED);
		form.setDecisionReasons("Not affordable");
		form.setStatus(RecommendationStatus.IN_PROGRESS);
		assertThat(errors(form).getFieldError("status").getCode()).isEqualTo("scrutiny.status.rejectedIsNotAccepted");
		form.setStatus(RecommendationStatus.NOT_ACCEPTED);
		Errors closing = errors(form);
		assertThat(closing.getFieldError("closureMeeting").getCode()).isEqualTo("scrutiny.closure.meeting.required");
		assertThat(closing.getFieldError("closureAgreedOn").getCode()).isEqualTo("date.required");
		form.setClosureMeeting("Scrutiny panel, 20 March 2023");
		form.setClosureAgreedOn(DateInput.of(TODAY.plusDays(1)));
		assertThat(errors(form).getFieldError("closureAgreedOn").getCode()).isEqualTo("scrutiny.closure.agreedOn.future");
		form.setClosureAgreedOn(DateInput.of(LocalDate.of(2023, 3, 20)));
		assertThat(errors(form).hasErrors()).isFalse();
		assertThat(form.agreement()).isEqualTo(new PanelAgreement("Scrutiny panel, 20 March 2023", LocalDate.of(2023, 3, 20)));
	}

	@Test
	void aRecommendationAlreadyClosedStaysClosedWithoutANewAgreement() {
		ResponseForm form = new ResponseForm();
		form.setStatus(RecommendationStatus.COMPLETED);
		Errors errors = new BeanPropertyBindingResult(form, "responseForm");
		form.validate(errors, RecommendationStatus.COMPLETED, TODAY);
		assertThat(errors.hasErrors()).isFalse();
		form.setDecision(ResponseDecision.ACCEPTED);
		form.setStatus(RecommendationStatus.NOT_ACCEPTED);
		assertThat(errors(form).getFieldError("status").getCode()).isEqualTo("scrutiny.status.notAcceptedIsRejected");
	}

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	/** Validated as a change to a recommendation that is in progress. */
	private static Errors errors(ResponseForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "responseForm");
		form.validate(errors, RecommendationStatus.IN_PROGRESS, TODAY);
		return errors;
	}
}

package uk.gov.middlesbrough.tracker.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.ActionStatus;
import uk.gov.middlesbrough.tracker.plan.ProgressChange;
import uk.gov.middlesbrough.tracker.plan.RagStatus;

class ProgressSheetCheckTests {

	private static final Map<Long, ActionRow> ACTIONS = Map.of(1L, action(1, "Street surgeries", 20), 2L, action(2, "Alley gates", 60));

	@Test
	void readsWholePercentagesFromZeroToOneHundredWithOrWithoutAPercentSign() {
		assertThat(ProgressSheetCheck.percentage("0")).isZero();
		assertThat(ProgressSheetCheck.percentage(" 45 ")).isEqualTo(45);
		assertThat(ProgressSheetCheck.percentage("100%")).isEqualTo(100);
		assertThat(ProgressSheetCheck.percentage("70 %")).isEqualTo(70);
		assertThat(ProgressSheetCheck.percentage("101")).isNull();
		assertThat(ProgressSheetCheck.percentage("-5")).isNull();
		assertThat(ProgressSheetCheck.percentage("42.5")).isNull();
		assertThat(ProgressSheetCheck.percentage("forty")).isNull();
		assertThat(ProgressSheetCheck.percentage("")).isNull();
	}

	@Test
	void blankRowsAreLeftOutAndFilledRowsBecomeChangesAtTheirVersions() {
		ProgressSheetForm form = form(row(1, 4, "35", " Two held "), row(2, 7, "", ""));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "progressSheetForm");
		List<ProgressChange> changes = ProgressSheetCheck.changes(form, ACTIONS, errors);
		assertThat(errors.hasErrors()).isFalse();
		assertThat(changes).containsExactly(new ProgressChange(1, 4, 35, "Two held"));
	}

	@Test
	void theSamePercentageWithCommentaryIsAnUpdate() {
		ProgressSheetForm form = form(row(2, 7, "60", "No change: waiting for the contractor"));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "progressSheetForm");
		assertThat(ProgressSheetCheck.changes(form, ACTIONS, errors)).containsExactly(
				new ProgressChange(2, 7, 60, "No change: waiting for the contractor"));
	}

	@Test
	void aLowerPercentageWithoutCommentaryIsAskedWhyAndAMissingPercentageIsAskedFor() {
		ProgressSheetForm form = form(row(1, 4, "", "Held one"), row(2, 7, "40", ""));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "progressSheetForm");
		assertThat(ProgressSheetCheck.changes(form, ACTIONS, errors)).isEmpty();
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode).containsExactly(
				org.assertj.core.groups.Tuple.tuple("rows[0].completion", "progressSheet.completion.missing"),
				org.assertj.core.groups.Tuple.tuple("rows[1].commentary", "progressSheet.commentary.lower"));
		assertThat(errors.getFieldErrors().get(1).getArguments()).containsExactly("Alley gates", 60, 40);
	}

	@Test
	void aRaisedPercentageWithoutCommentaryIsAskedWhatHappened() {
		ProgressSheetForm form = form(row(1, 4, "30", ""));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "progressSheetForm");
		ProgressSheetCheck.changes(form, ACTIONS, errors);
		assertThat(errors.getFieldError("rows[0].commentary").getCode()).isEqualTo("progressSheet.commentary.missing");
	}

	@Test
	void commentaryOverTwoThousandCharactersIsRefused() {
		ProgressSheetForm form = form(row(1, 4, "30", "x".repeat(2001)));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "progressSheetForm");
		assertThat(ProgressSheetCheck.changes(form, ACTIONS, errors)).isEmpty();
		assertThat(errors.getFieldError("rows[0].commentary").getCode()).isEqualTo("progressSheet.commentary.tooLong");
	}

	@Test
	void aFormWithNothingFilledIsOneErrorAboutTheForm() {
		ProgressSheetForm form = form(row(1, 4, " ", ""), row(2, 7, null, null));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "progressSheetForm");
		assertThat(ProgressSheetCheck.changes(form, ACTIONS, errors)).isEmpty();
		assertThat(errors.getGlobalError().getCode()).isEqualTo("progressSheet.nothing");
		assertThat(errors.getFieldErrorCount()).isZero();
	}

	private static ProgressSheetForm form(ProgressSheetForm.Row... rows) {
		ProgressSheetForm form = new ProgressSheetForm();
		form.setRows(new java.util.ArrayList<>(List.of(rows)));
		return form;
	}

	private static ProgressSheetForm.Row row(long actionId, long version, String completion, String commentary) {
		ProgressSheetForm.Row row = new ProgressSheetForm.Row();
		row.setActionId(actionId);
		row.setVersion(version);
		row.setCompletion(completion);
		row.setCommentary(commentary);
		return row;
	}

	private static ActionRow action(long id, String specific, int completion) {
		return new ActionRow(id, 9, specific, "PCSO", null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), completion,
				BigDecimal.ONE, ActionStatus.ACTIVE, RagStatus.GREEN, 50, null, false);
	}
}

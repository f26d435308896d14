package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyPackSection.Trackers;

/** The pack's table of recommendations ends with the executive's decision, its reasons and the panel's agreement. */
class ScrutinyPackSectionTests {

	@Test
	void theTableGivesTheDecisionItsReasonsAndThePanelsAgreementInWords() {
		ExecutiveResponse rejected = new ExecutiveResponse(null, null, "Director of Environment", null, null, null, null, null,
				ResponseDecision.REJECTED, "No budget this year");
		TrackerRow closed = new TrackerRow(1, 1, "c", "Fund more workers", rejected, RecommendationStatus.NOT_ACCEPTED,
				List.of(), null, false, new PanelAgreement("Scrutiny panel, 20 March 2023", LocalDate.of(2023, 3, 20)));
		TrackerRow open = new TrackerRow(2, 1, "d", "Track the figures", ExecutiveResponse.NONE,
				RecommendationStatus.IN_PROGRESS, List.of());
		ReviewSummary review = ReviewSummary.of(new ReviewSummary.ReviewRecord(1, "Panel", "Locality working",
				LocalDate.of(2022, 4, 26), LocalDate.of(2022, 7, 12), false), List.of(closed, open));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-scrutiny");
		messages.setDefaultEncoding("UTF-8");

		ExportTable table = new Trackers(List.of(new TrackerPage(review, List.of(closed, open), null)), messages, Locale.UK)
			.tables().get(0);

		assertThat(table.headings()).endsWith("Status", "Flags", "Executive's decision", "Reasons for the decision",
				"Panel's agreement to close");
		assertThat(table.rows().get(0)).endsWith("Not accepted", "", "Rejected", "No budget this year",
				"Closed with the panel's agreement at Scrutiny panel, 20 March 2023 on 20 March 2023");
		assertThat(table.rows().get(1)).endsWith("In progress", "", null, null, null);
	}
}

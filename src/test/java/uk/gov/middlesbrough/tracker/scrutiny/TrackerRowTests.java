package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerRowTests {

	@Test
	void aShortTextIsCutAtAWordWithAnEllipsis() {
		String text = "That Early Help Practitioners and the Social Workers be introduced to appropriate staff within each of the "
				+ "areas' schools to build up relationships and discuss children/families requiring support";
		String cut = row(text).shortText();
		assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(141);
		assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
		assertThat(cut).isEqualTo("That Early Help Practitioners and the Social Workers be introduced to appropriate staff within each of the "
				+ "areas' schools to build up…");
	}

	@Test
	void aShortEnoughTextIsShownWhole() {
		assertThat(row("Provide training.").shortText()).isEqualTo("Provide training.");
	}

	private static TrackerRow row(String text) {
		return new TrackerRow(1, 1, "e", text, ExecutiveResponse.NONE, RecommendationStatus.NOT_STARTED, List.of());
	}
}

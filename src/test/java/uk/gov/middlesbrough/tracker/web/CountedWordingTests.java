package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.support.Messages;

/** Sentences with a count say "1 figure" and "2 figures", never "1 figures". */
class CountedWordingTests {

	private final MessageSource messages = Messages.bundles();

	@Test
	void oneOfAThingIsSingular() {
		assertThat(text("dashboard.trend.figures", 1)).isEqualTo("Show the latest figure");
		assertThat(text("dashboard.trend.figures", 12)).isEqualTo("Show the latest 12 figures");
		assertThat(text("plan.earlierReviews", 1)).isEqualTo("Show the earlier review");
		assertThat(text("plan.earlierReviews", 50)).isEqualTo("Show the 50 earlier reviews");
		assertThat(text("dashboard.caseloads.over", 1)).isEqualTo("1 post is over the threshold for its role.");
		assertThat(text("dashboard.caseloads.over", 2)).isEqualTo("2 posts are over the thresholds for their roles.");
		assertThat(text("caseload.overSummary", 0)).isEqualTo("No post is over its threshold.");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}

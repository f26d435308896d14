package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.support.Messages;

/** A pack chart's alternative text says what its table says, every point, and sits on the SVG's root element. */
class PdfChartTests {

	private final MessageSource messages = Messages.bundles();

	@Test
	void listsEveryPointInTheTablesOrderThenTheTarget() {
		List<PdfChart.Point> points = List.of(new PdfChart.Point("January 2020", "148"),
				new PdfChart.Point("February 2020", "151"), new PdfChart.Point("March 2020", "139"));

		assertThat(PdfChart.description(messages, Locale.UK, "Long-term empty homes in Newport", points, "140"))
			.isEqualTo("Line chart of Long-term empty homes in Newport: January 2020 148, February 2020 151, March 2020 139; "
					+ "target 140.");
	}

	@Test
	void saysNoTargetWhenTheChartDrawsNone() {
		List<PdfChart.Point> points = List.of(new PdfChart.Point("September 2020", "9.68%"),
				new PdfChart.Point("September 2021", "48.98%"));

		assertThat(PdfChart.description(messages, Locale.UK, "Feeling safe after dark in Newport (% agreeing)", points, null))
			.isEqualTo("Line chart of Feeling safe after dark in Newport (% agreeing): September 2020 9.68%, September 2021 48.98%.");
	}

	@Test
	void putsTheTextOnTheRootSvgElementEscaped() {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\"><text>a</text></svg>";

		assertThat(PdfChart.withAlt(svg, "Children \"looked after\" & <new> in Grove Hill"))
			.isEqualTo("<svg alt=\"Children &quot;looked after&quot; &amp; &lt;new&gt; in Grove Hill\" "
					+ "xmlns=\"http://www.w3.org/2000/svg\" width=\"640\"><text>a</text></svg>");
		assertThatThrownBy(() -> PdfChart.withAlt("<png/>", "x")).isInstanceOf(IllegalArgumentException.class);
	}
}

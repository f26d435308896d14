package uk.gov.middlesbrough.tracker.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTests {

	@Test
	void drawsAnSvgWithEverySeriesInTheLegendAndTheTargetLabelled() {
		List<ChartSeries> series = List.of(
				new ChartSeries("North Ormesby", List.of(new ChartSeries.Point(LocalDate.of(2021, 6, 30), 50),
						new ChartSeries.Point(LocalDate.of(2022, 1, 31), 9))),
				new ChartSeries("Newport", List.of(new ChartSeries.Point(LocalDate.of(2021, 6, 30), 20))));
		String svg = TrendChart.svg(series, "Incidents per month", 30.0, "Target 30", 600, 300);
		assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 600.0 300.0'").contains("North Ormesby", "Newport",
				"Target 30");
	}
}

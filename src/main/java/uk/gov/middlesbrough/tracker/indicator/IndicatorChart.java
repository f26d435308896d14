package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.chart.TrendChart;

/** An indicator's trend chart: one line per locality, the axis naming the indicator's periods, its target labelled. */
public final class IndicatorChart {

	private IndicatorChart() {
	}

	public static TrendChart of(IndicatorView indicator, List<LocalitySeries> series, MessageSource messages, Locale locale) {
		String axis = messages.getMessage(indicator.unit().messageKey("axis"), null, locale);
		TrendChart chart = TrendChart.overTime(series.stream().map(line -> line.chartLine(indicator.frequency())).toList(), axis,
				indicator.frequency()::tickLabel);
		if (indicator.target() == null) {
			return chart;
		}
		return chart.withLine(indicator.target().doubleValue(),
				messages.getMessage("indicator.chart.target", new Object[] { indicator.format(indicator.target()) }, locale));
	}
}

package uk.gov.middlesbrough.tracker.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A locality's series of an indicator in words, true of the whole series rather than of its last step: how many
 * figures over which periods, each figure (up to {@link #LISTED}; the table has the rest), the lowest and highest, and
 * then the latest change judged by the direction-of-travel rule (the latest figure against the one before). For
 * example "4 figures, 2019 to 2022: 148 in 2019; 150 in 2020; 131 in 2021; 138 in 2022. Lowest 131 in 2021, highest
 * 150 in 2020. Latest change 131 to 138: lower is better, so worsening."
 */
public final class TrendDescription {

	/** Figures listed one by one; a longer series is described by its span, lowest and highest. */
	static final int LISTED = 12;

	private final MessageSource messages;
	private final Locale locale;

	public TrendDescription(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String of(IndicatorView indicator, LocalitySeries series) {
		List<FigurePoint> points = series.points();
		FigurePoint first = series.first();
		FigurePoint latest = series.latest();
		String polarity = text(indicator.polarity().messageKey()).toLowerCase(locale);
		if (points.size() == 1) {
			return text("indicator.trend.one", latest.formatted(), latest.periodLabel(), polarity);
		}
		StringBuilder words = new StringBuilder(points.size() <= LISTED
				? text("indicator.trend.listed", points.size(), first.periodLabel(), latest.periodLabel(), listed(points))
				: text("indicator.trend.counted", points.size(), first.periodLabel(), latest.periodLabel()));
		String extremes = extremes(points);
		if (extremes != null) {
			words.append(' ').append(extremes);
		}
		FigurePoint previous = series.previous();
		return words.append(' ')
			.append(text("indicator.trend.latest." + series.direction().name(), previous.formatted(), latest.formatted(), polarity,
					indicator.format(indicator.tolerance()), previous.periodLabel(), latest.periodLabel()))
			.toString();
	}

	/** What a chart's dashed line is, as its text alternative says it: " The dashed line is the target, 100." or "". */
	public String targetLine(IndicatorView indicator) {
		return indicator.target() == null ? "" : " " + text("indicator.chart.targetLine", indicator.format(indicator.target()));
	}

	private String listed(List<FigurePoint> points) {
		return points.stream().map(point -> text("indicator.trend.point", point.formatted(), point.periodLabel()))
			.collect(Collectors.joining("; "));
	}

	/** The lowest and highest figures (the earliest, where one repeats); nothing for two figures, as both are listed. */
	private String extremes(List<FigurePoint> points) {
		Comparator<FigurePoint> byValue = Comparator.comparing(FigurePoint::value);
		FigurePoint lowest = points.stream().min(byValue).orElseThrow();
		FigurePoint highest = points.stream().max(byValue.thenComparing(point -> -points.indexOf(point))).orElseThrow();
		if (lowest.value().compareTo(highest.value()) == 0) {
			return points.size() > LISTED ? text("indicator.trend.allSame", lowest.formatted()) : null;
		}
		if (points.size() == 2) {
			return null;
		}
		return text("indicator.trend.extremes", lowest.formatted(), lowest.periodLabel(), highest.formatted(), highest.periodLabel());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

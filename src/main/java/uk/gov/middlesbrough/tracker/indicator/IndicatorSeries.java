package uk.gov.middlesbrough.tracker.indicator;

/** One indicator's series in one locality, for views across indicators (dashboards, escalations). */
public record IndicatorSeries(IndicatorView indicator, LocalitySeries series) {
}

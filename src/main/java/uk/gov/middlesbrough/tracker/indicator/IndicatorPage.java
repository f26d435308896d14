package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Everything the indicator page shows: the definition, each locality's series, and the corrections. */
public record IndicatorPage(IndicatorView indicator, List<LocalitySeries> localities, List<CorrectionRow> corrections,
		AsOf asOf) {
}

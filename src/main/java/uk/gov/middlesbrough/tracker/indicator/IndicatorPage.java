package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Everything the indicator page shows: the definition, the full series and corrections of the localities shown in
 * full, and every locality's latest figures ({@code latest}, judged on the last two). While few localities have
 * figures all are shown in full; beyond that one at a time ({@code oneAtATime}), the others as latest figures with
 * links.
 */
public record IndicatorPage(IndicatorView indicator, List<LocalitySeries> localities, List<CorrectionRow> corrections,
		AsOf asOf, List<LocalitySeries> latest, boolean oneAtATime) {

	/** Localities shown in full at once; with more, the page shows one locality's history at a time. */
	public static final int ALL_HISTORIES = 3;
}

package uk.gov.middlesbrough.tracker.indicator;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.escalation.Escalation;
import uk.gov.middlesbrough.tracker.escalation.EscalationKind;
import uk.gov.middlesbrough.tracker.escalation.EscalationSource;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.web.UkText;

/** What the PMF indicators put on the DIG list: worsening figures and figures off target beyond tolerance. */
@Component
class IndicatorEscalations implements EscalationSource {

	/** An indicator's latest figure is worse than the one before, by more than its tolerance. */
	static final EscalationKind WORSENING = new EscalationKind("WORSENING", 10, "govuk-tag--orange");
	/** An indicator's latest figure misses its target by more than its tolerance. */
	static final EscalationKind OFF_TARGET = new EscalationKind("OFF_TARGET", 20, "govuk-tag--yellow");

	private final IndicatorReads reads;
	private final UkText uk;

	IndicatorEscalations(IndicatorReads reads, MessageSource messages) {
		this.reads = reads;
		this.uk = new UkText(messages);
	}

	@Override
	public List<String> derivedFrom() {
		return List.of("indicator", "measurement", "measurement_revision", "measurement_latest");
	}

	@Override
	public List<EscalationKind> kinds() {
		return List.of(WORSENING, OFF_TARGET);
	}

	@Override
	public List<Escalation> escalations(LocalityReading reading) {
		List<Escalation> found = new ArrayList<>();
		reads.series(reading).forEach((localityId, all) -> {
			for (IndicatorSeries each : all) {
				long indicatorId = each.indicator().id();
				String link = "/indicators/" + indicatorId + "?locality=" + localityId + "#locality-" + localityId;
				if (each.series().direction() == DirectionOfTravel.WORSENING) {
					found.add(new Escalation(WORSENING.key("indicator", indicatorId, "locality", localityId), WORSENING, localityId,
							reading.name(localityId), each.indicator().name(), () -> worsening(each.indicator(), each.series()), link));
				}
				if (each.series().targetCheck().beyondTolerance()) {
					found.add(new Escalation(OFF_TARGET.key("indicator", indicatorId, "locality", localityId), OFF_TARGET, localityId,
							reading.name(localityId), each.indicator().name(), () -> offTarget(each.indicator(), each.series()), link));
				}
			}
		});
		return found;
	}

	String worsening(IndicatorView indicator, LocalitySeries series) {
		FigurePoint previous = series.previous();
		FigurePoint latest = series.latest();
		return uk.text("escalation.why.WORSENING", previous.formatted(), previous.periodLabel(), latest.formatted(),
				latest.periodLabel(), polarity(indicator));
	}

	String offTarget(IndicatorView indicator, LocalitySeries series) {
		FigurePoint latest = series.latest();
		return uk.text("escalation.why.OFF_TARGET", latest.formatted(), latest.periodLabel(), indicator.format(indicator.target()),
				indicator.format(series.targetCheck().shortfall()), indicator.format(indicator.tolerance()), polarity(indicator));
	}

	private String polarity(IndicatorView indicator) {
		return uk.text("escalation.polarity." + indicator.polarity().name());
	}
}

package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A ward's figure for one indicator of a need index (by the indicator's position) as it stood when the index was
 * built, with the locality then running in the ward (null for none).
 */
public record FrozenFigure(int position, String wardName, Long localityId, LocalDate period, BigDecimal value,
		Integer peopleCount, boolean illustrative) {
}

package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.scrutiny.DeliveringActions.DeliveringAction;

/**
 * An action linked to a recommendation, as it stood at the moment a page shows, with the day it was linked;
 * {@code linkedLater} when that was after the moment (a past view shows it, saying so).
 */
public record LinkedAction(DeliveringAction action, LocalDate linkedOn, boolean linkedLater) {
}

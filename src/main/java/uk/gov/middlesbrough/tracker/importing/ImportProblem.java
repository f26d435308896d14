package uk.gov.middlesbrough.tracker.importing;

import java.io.Serializable;

/** Why a whole file was refused, as a message key and its arguments (kept in the session across a redirect). */
public record ImportProblem(String messageKey, Object[] args) implements Serializable {
}

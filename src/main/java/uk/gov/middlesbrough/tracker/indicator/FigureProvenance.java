package uk.gov.middlesbrough.tracker.indicator;

/**
 * Where a figure's value as shown came from: the organisation its indicator's figures come from, the person (name and
 * post, or the username of an account since removed) who entered that value, and how: typed on the form, in an
 * import (with the import's number), or as a restatement the head of service approved.
 */
public record FigureProvenance(String organisation, String enteredBy, How how, Long importBatchId) {

	/** How a value came in. */
	public enum How {
		FORM, IMPORT, RESTATEMENT;

		static How of(Long importBatchId, boolean restated) {
			if (restated) {
				return RESTATEMENT;
			}
			return importBatchId == null ? FORM : IMPORT;
		}

		public String messageKey() {
			return "provenance.how." + name();
		}
	}
}

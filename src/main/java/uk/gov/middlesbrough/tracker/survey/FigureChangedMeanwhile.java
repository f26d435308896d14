package uk.gov.middlesbrough.tracker.survey;

/** Someone else recorded or corrected the figure after this edit or import began; nothing was saved. */
class FigureChangedMeanwhile extends RuntimeException {

	FigureChangedMeanwhile() {
		super("Survey figure changed by someone else meanwhile");
	}
}

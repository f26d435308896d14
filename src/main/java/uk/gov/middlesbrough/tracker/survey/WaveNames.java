package uk.gov.middlesbrough.tracker.survey;

/** How a wave's name is kept: trimmed, with runs of spaces made one, so "March  2021" and "March 2021" are one wave. */
public final class WaveNames {

	private WaveNames() {
	}

	public static String tidy(String name) {
		return name.strip().replaceAll("\\s+", " ");
	}
}

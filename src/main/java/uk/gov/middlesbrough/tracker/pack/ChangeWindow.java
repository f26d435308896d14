package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * What a panel saw and what stands later: some localities between the moment an issued pack was read as of
 * ({@code since}) and a later moment ({@code until}: now, or the next pack's moment).
 */
public record ChangeWindow(List<LocalityView> localities, AsOf since, AsOf until) {

	public ChangeWindow {
		localities = List.copyOf(localities);
		if (until.cutoff().isBefore(since.cutoff())) {
			throw new IllegalArgumentException("A change window cannot end before it starts");
		}
	}

	public List<Long> ids() {
		return localities.stream().map(LocalityView::id).toList();
	}

	/** A locality's name, or null if the window does not cover it. */
	public String name(long localityId) {
		return localities.stream().filter(locality -> locality.id() == localityId).map(LocalityView::name).findFirst()
				.orElse(null);
	}
}

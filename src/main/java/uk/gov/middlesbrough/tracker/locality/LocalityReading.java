package uk.gov.middlesbrough.tracker.locality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Some localities as of one moment, as a page (a dashboard, a comparison, a pack, the DIG list) reads them. Each
 * feature reads its data for all of them at once through {@link #once}, so when several contributions to the same
 * page need the same data (a dashboard section and the escalations derived from it) it is read only once.
 * Not thread-safe: one reading belongs to one page being built.
 */
public final class LocalityReading {

	private final List<LocalityView> localities;
	private final AsOf asOf;
	private final Map<Object, Object> reads = new HashMap<>();

	public LocalityReading(List<LocalityView> localities, AsOf asOf) {
		this.localities = List.copyOf(localities);
		this.asOf = asOf;
	}

	/** The localities, in the order the page shows them. */
	public List<LocalityView> localities() {
		return localities;
	}

	public List<Long> ids() {
		return localities.stream().map(LocalityView::id).toList();
	}

	public AsOf asOf() {
		return asOf;
	}

	public boolean isEmpty() {
		return localities.isEmpty();
	}

	/** A locality's name, or null if it is not in this reading. */
	public String name(long localityId) {
		return localities.stream().filter(locality -> locality.id() == localityId).map(LocalityView::name).findFirst()
				.orElse(null);
	}

	/**
	 * The result of {@code read} for this reading, read the first time it is asked for under {@code key} and kept
	 * for every later ask. A key is a feature's own constant, so two features never share one by accident.
	 */
	@SuppressWarnings("unchecked")
	public <T> T once(Object key, Function<LocalityReading, T> read) {
		Object found = reads.get(key);
		if (found == null) {
			found = read.apply(this);
			reads.put(key, found);
		}
		return (T) found;
	}
}

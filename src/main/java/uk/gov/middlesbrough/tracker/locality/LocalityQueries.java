package uk.gov.middlesbrough.tracker.locality;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of localities, for pages and for other modules. */
@Component
@Transactional(readOnly = true)
public class LocalityQueries {

	private final LocalityRepository localities;

	LocalityQueries(LocalityRepository localities) {
		this.localities = localities;
	}

	public List<LocalityView> all() {
		return localities.findAllByOrderByNameAsc().stream().map(Locality::toView).toList();
	}

	/** The localities with these ids, in the order given; unknown ids are left out (one statement). */
	public List<LocalityView> findAll(Collection<Long> ids) {
		Map<Long, LocalityView> byId = localities.findAllById(ids).stream().map(Locality::toView)
				.collect(Collectors.toMap(LocalityView::id, view -> view));
		return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
	}

	public Optional<LocalityView> find(long id) {
		return localities.findById(id).map(Locality::toView);
	}
}

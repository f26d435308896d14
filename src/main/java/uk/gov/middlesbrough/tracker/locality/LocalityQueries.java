package uk.gov.middlesbrough.tracker.locality;

import java.util.List;
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

	public Optional<LocalityView> find(long id) {
		return localities.findById(id).map(Locality::toView);
	}
}

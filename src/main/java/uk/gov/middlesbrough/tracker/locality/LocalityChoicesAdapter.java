package uk.gov.middlesbrough.tracker.locality;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.LocalityChoices;

/** Gives the security module the localities a manager can be bound to. */
@Component
class LocalityChoicesAdapter implements LocalityChoices {

	private final LocalityQueries queries;

	LocalityChoicesAdapter(LocalityQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Choice> all() {
		return queries.all().stream().map(locality -> new Choice(locality.id(), locality.name())).toList();
	}

	@Override
	public Optional<String> nameOf(long localityId) {
		return queries.find(localityId).map(LocalityView::name);
	}
}

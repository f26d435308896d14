package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import java.util.Optional;

/**
 * The localities a neighbourhood manager can be bound to. Implemented by the locality module, so that
 * security never depends on it.
 */
public interface LocalityChoices {

	List<Choice> all();

	Optional<String> nameOf(long localityId);

	record Choice(long id, String name) {
	}
}

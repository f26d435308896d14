package uk.gov.middlesbrough.tracker.rollout;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityAdded;

/**
 * A new locality is linked to its ward (by the ward's name), in the same transaction; the ward is added if the council's
 * wards are not held yet, so every locality is among the wards the roll-out pages show.
 */
@Component
class WardLinks {

	private final NamedParameterJdbcTemplate jdbc;

	WardLinks(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(LocalityAdded added) {
		Map<String, Object> params = Map.of("id", added.localityId());
		jdbc.update("""
				insert into ward (name) select l.ward from locality l where l.id = :id
				on conflict (name) do nothing""", params);
		jdbc.update("""
				update ward w set locality_id = :id from locality l
				where l.id = :id and w.name = l.ward and w.locality_id is null""", params);
	}
}

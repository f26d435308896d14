package uk.gov.middlesbrough.tracker.pack;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Demo profile only: the panel meeting of 17 January 2022 (the locality working presentation) with an
 * issued pack as of that day, produced by the app itself so its PDF and checksums are real. Runs once.
 */
@Component
@Profile("demo")
class DemoPack {

	static final String TOPIC = "Locality Working from a Children's Services Perspective: presentation on the pilots";

	private final JdbcTemplate jdbc;
	private final PackProduction production;
	private final UserDetailsService users;

	DemoPack(JdbcTemplate jdbc, PackProduction production, UserDetailsService users) {
		this.jdbc = jdbc;
		this.production = production;
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	void produceOnce() {
		if (jdbc.queryForObject("select count(*) from panel_meeting where topic = ?", Integer.class, TOPIC) > 0) {
			return;
		}
		List<Long> pilots = jdbc.queryForList("select id from locality where name in ('Newport', 'North Ormesby') order by name",
				Long.class);
		if (pilots.size() != 2) {
			return;
		}
		SignedInUser scrutiny = (SignedInUser) users.loadUserByUsername("scrutiny");
		long meeting = production.addMeeting("Children and Young People's Social Care and Services Scrutiny Panel",
				LocalDate.of(2022, 1, 17), TOPIC, pilots, scrutiny);
		long pack = production.produceDraftNow(meeting, LocalDate.of(2022, 1, 17), scrutiny);
		production.issue(pack, jdbc.queryForObject("select version from pack where id = ?", Long.class, pack), scrutiny);
	}
}

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
 * Demo profile only: the panel meeting of 17 January 2022 (the locality working presentation) with an issued pack as
 * of that day, and a meeting on the day of the executive's action plan (12 July 2022) with a draft pack, produced by
 * the app itself so their PDFs and checksums are real. Each is added once.
 */
@Component
@Profile("demo")
class DemoPack {

	static final String PANEL = "Children and Young People's Social Care and Services Scrutiny Panel";
	static final String TOPIC = "Locality Working from a Children's Services Perspective: presentation on the pilots";
	/**
	 * The executive's action plan answering the panel's recommendations is dated 12 July 2022; a pack for a meeting
	 * that day, left a draft, shows the recommendations in full beside the figures as they stood.
	 */
	static final String RESPONSE_TOPIC = "The executive's action plan in response to the panel's recommendations";
	static final LocalDate RESPONSE_DAY = LocalDate.of(2022, 7, 12);

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
		List<Long> pilots = jdbc.queryForList("select id from locality where name in ('Newport', 'North Ormesby') order by name",
				Long.class);
		if (pilots.size() != 2) {
			return;
		}
		SignedInUser scrutiny = (SignedInUser) users.loadUserByUsername("scrutiny");
		if (!exists(TOPIC)) {
			long meeting = production.addMeeting(PANEL, LocalDate.of(2022, 1, 17), TOPIC, pilots, scrutiny);
			long pack = production.produceDraftNow(meeting, LocalDate.of(2022, 1, 17), scrutiny);
			production.issue(pack, jdbc.queryForObject("select version from pack where id = ?", Long.class, pack), scrutiny);
		}
		if (!exists(RESPONSE_TOPIC)) {
			long meeting = production.addMeeting(PANEL, RESPONSE_DAY, RESPONSE_TOPIC, pilots, scrutiny);
			production.produceDraftNow(meeting, RESPONSE_DAY, scrutiny);
		}
	}

	private boolean exists(String topic) {
		return jdbc.queryForObject("select count(*) from panel_meeting where topic = ?", Integer.class, topic) > 0;
	}
}

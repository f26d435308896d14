package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Packs are produced in the background, at most two at once (one on two cores), with their progress recorded step by step; a pack still
 * being produced cannot be issued or produced again, and packs a stopped node left behind are produced when it starts.
 */
class PackProductionIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Autowired
	PackQueue queue;

	@Autowired
	PackAssembler assembler;

	private UserDetails scrutiny() {
		return users.loadUserByUsername("scrutiny");
	}

	private long meeting() {
		jdbc.update("""
				insert into panel_meeting (panel, meeting_date, topic, locality_ids)
				values ('Production panel', date '2022-01-17', ?, array[(select id from locality where name = 'Newport'),
				        (select id from locality where name = 'North Ormesby')])""", "Production " + System.nanoTime());
		return jdbc.queryForObject("select max(id) from panel_meeting where panel = 'Production panel'", Long.class);
	}

	private long request(long meeting) throws Exception {
		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(scrutiny())).with(csrf())
				.param("asOf.day", "17").param("asOf.month", "1").param("asOf.year", "2022"))
			.andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
	}

	/** A draft queued in the database only, as a node that stopped before producing it would leave it. */
	private long leftQueued(long meeting) {
		jdbc.update("""
				insert into pack (panel_meeting_id, as_of, status, generated_at, generated_by, production)
				values (?, date '2022-01-17', 'DRAFT', now(), 'scrutiny', 'QUEUED')""", meeting);
		return jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
	}

	@Test
	void aRequestedPackIsProducedInTheBackgroundStepByStepAndThenReady() throws Exception {
		long pack = request(meeting());
		PackWaits.awaitReady(jdbc, pack);
		int steps = assembler.parts() + 2;
		assertThat(jdbc.queryForObject("select production_steps from pack where id = ?", Integer.class, pack)).isEqualTo(steps);
		// the last step started was the ZIP, the last of them
		assertThat(jdbc.queryForObject("select production_step from pack where id = ?", Integer.class, pack)).isEqualTo(steps - 1);
		assertThat(jdbc.queryForObject("select count(*) from pack_file where pack_id = ?", Integer.class, pack)).isEqualTo(3);
		mvc.perform(get("/packs/{id}/progress", pack).with(user(scrutiny()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.production").value("READY")).andExpect(jsonPath("$.done").value(true))
			.andExpect(jsonPath("$.text").value("The pack is ready."));
		mvc.perform(get("/packs/{id}/progress", pack).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isNotFound());
	}

	@Test
	void noMoreThanTwoPacksAreProducedAtOnce() throws Exception {
		long meeting = meeting();
		List<Long> packs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			packs.add(request(meeting));
		}
		String in = String.join(",", packs.stream().map(String::valueOf).toList());
		AtomicInteger most = new AtomicInteger();
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10)).until(() -> {
			most.accumulateAndGet(jdbc.queryForObject("select count(*) from pack where production = 'PRODUCING' and id in (" + in + ")",
					Integer.class), Math::max);
			return jdbc.queryForObject("select count(*) from pack where production in ('QUEUED', 'PRODUCING') and id in (" + in + ")",
					Integer.class) == 0;
		});
		assertThat(most.get()).isBetween(1, 2);
		assertThat(jdbc.queryForList("select production from pack where id in (" + in + ")", String.class)).containsOnly("READY");
	}

	@Test
	void aPackStillBeingProducedCannotBeIssuedOrProducedAgainAndIsProducedWhenTheAppStarts() throws Exception {
		long pack = leftQueued(meeting());
		mvc.perform(post("/packs/{id}/issue", pack).with(user(scrutiny())).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "pack.notReady"));
		mvc.perform(post("/packs/{id}/regenerate", pack).with(user(scrutiny())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "pack.stillProducing"));
		mvc.perform(get("/packs/{id}/pdf", pack).with(user(scrutiny()))).andExpect(status().isNotFound());
		mvc.perform(get("/packs/{id}/progress", pack).with(user(scrutiny()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.production").value("QUEUED")).andExpect(jsonPath("$.done").value(false))
			.andExpect(jsonPath("$.text").value("Waiting to be produced."));
		assertThat(jdbc.queryForObject("select status from pack where id = ?", String.class, pack)).isEqualTo("DRAFT");

		queue.resume();
		PackWaits.awaitReady(jdbc, pack);
		long version = jdbc.queryForObject("select version from pack where id = ?", Long.class, pack);
		mvc.perform(post("/packs/{id}/issue", pack).with(user(scrutiny())).with(csrf()).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", (Object) null));
		assertThat(jdbc.queryForObject("select status from pack where id = ?", String.class, pack)).isEqualTo("ISSUED");
	}

	@Test
	void theMeetingPageShowsAPackInProductionWithItsStepAndNoFilesOrIssueButton() throws Exception {
		long meeting = meeting();
		long pack = leftQueued(meeting);
		jdbc.update("update pack set production = 'PRODUCING', production_stage = 'PDF', production_step = 7, production_steps = 9 where id = ?",
				pack);
		String page = mvc.perform(get("/meetings/{id}", meeting).with(user(scrutiny()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Being produced", "Step 8 of 9: laying out the PDF", "data-app-pack-progress=\"/packs/" + pack + "/progress\"")
			.doesNotContain("id=\"issue-" + pack + "\"", "id=\"regenerate-" + pack + "\"", "id=\"download-pdf-" + pack + "\"");
		// left as a node would have left it: queued again and produced when the app starts
		queue.resume();
		PackWaits.awaitReady(jdbc, pack);
	}
}

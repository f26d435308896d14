package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * A pack whose PDF cannot be laid out is marked failed with the reason kept, says so on its meeting page, has no
 * files and cannot be issued; produced again once the fault is gone, it is ready. (The PDF renderer is made to fail
 * here: nothing in real data makes it.)
 */
class PackFailureIT extends IntegrationTest {

	@MockitoSpyBean
	PdfRenderer renderer;

	@Autowired
	UserDetailsService users;

	@Test
	void aPackThatCannotBeProducedIsMarkedFailedAndCanBeProducedAgain() throws Exception {
		UserDetails scrutiny = users.loadUserByUsername("scrutiny");
		jdbc.update("""
				insert into panel_meeting (panel, meeting_date, topic, locality_ids)
				values ('Failure panel', date '2022-01-17', 'Failure', array[(select id from locality where name = 'Newport')])""");
		long meeting = jdbc.queryForObject("select max(id) from panel_meeting where panel = 'Failure panel'", Long.class);
		doThrow(new IllegalStateException("The layout ran out of room")).when(renderer).render(anyString());

		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(scrutiny)).with(csrf())
				.param("asOf.day", "17").param("asOf.month", "1").param("asOf.year", "2022"))
			.andExpect(status().is3xxRedirection());
		long pack = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
		await().atMost(Duration.ofMinutes(3)).until(
				() -> "FAILED".equals(jdbc.queryForObject("select production from pack where id = ?", String.class, pack)));
		assertThat(jdbc.queryForObject("select production_failure from pack where id = ?", String.class, pack))
			.isEqualTo("The layout ran out of room");
		assertThat(jdbc.queryForObject("select count(*) from pack_file where pack_id = ?", Integer.class, pack)).isZero();
		String page = mvc.perform(get("/meetings/{id}", meeting).with(user(scrutiny))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Failed", "The pack could not be produced. Produce it again")
			.contains("id=\"regenerate-" + pack + "\"").doesNotContain("id=\"issue-" + pack + "\"");
		long version = jdbc.queryForObject("select version from pack where id = ?", Long.class, pack);
		mvc.perform(post("/packs/{id}/issue", pack).with(user(scrutiny)).with(csrf()).param("version", String.valueOf(version)))
			.andExpect(flash().attribute("problem", "pack.notReady"));
		mvc.perform(get("/packs/{id}/pdf", pack).with(user(scrutiny))).andExpect(status().isNotFound());

		doCallRealMethod().when(renderer).render(anyString());
		mvc.perform(post("/packs/{id}/regenerate", pack).with(user(scrutiny)).with(csrf())).andExpect(status().is3xxRedirection());
		PackWaits.awaitReady(jdbc, pack);
		assertThat(jdbc.queryForObject("select production_failure from pack where id = ?", String.class, pack)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from pack_file where pack_id = ?", Integer.class, pack)).isEqualTo(3);
	}
}

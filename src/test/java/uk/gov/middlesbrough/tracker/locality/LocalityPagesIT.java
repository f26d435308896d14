package uk.gov.middlesbrough.tracker.locality;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class LocalityPagesIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private UserDetails head() {
		return users.loadUserByUsername("head");
	}

	@Test
	void listsTheDemoLocalitiesFromThePapers() throws Exception {
		mvc.perform(get("/localities").with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Newport")))
			.andExpect(content().string(containsString("North Ormesby")))
			.andExpect(content().string(containsString("Hemlington")))
			.andExpect(content().string(containsString("Co-operative Buildings, Linthorpe Road")))
			.andExpect(content().string(not(containsString("Add a locality"))));
	}

	@Test
	void showsEveryFieldOfNorthOrmesby() throws Exception {
		mvc.perform(get("/localities/{id}", localityId("North Ormesby")).with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("North Ormesby Hub")))
			.andExpect(content().string(containsString("funded 50/50 by Thirteen Housing and Middlesbrough Council")))
			.andExpect(content().string(containsString("Youth Focus North East (Youth Outreach)")))
			.andExpect(content().string(containsString("8 October 2019")))
			.andExpect(content().string(containsString(">24<")))
			.andExpect(content().string(containsString("Change details")));
	}

	@Test
	void refusesAnIncompleteLocalityWithLinkedMessagesAndSavesNothing() throws Exception {
		Integer before = jdbc.queryForObject("select count(*) from locality", Integer.class);
		mvc.perform(post("/localities").with(user(head())).with(csrf())
				.param("name", " ").param("ward", "").param("staffCount", "lots")
				.param("startDate.day", "31").param("startDate.month", "2").param("startDate.year", "2022"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a locality")))
			.andExpect(content().string(containsString("href=\"#name\">Enter the locality name</a>")))
			.andExpect(content().string(containsString("href=\"#ward\">Enter the ward</a>")))
			.andExpect(content().string(containsString("href=\"#status\">Select the status</a>")))
			.andExpect(content().string(containsString("href=\"#startDate\">The start date must be a real date</a>")))
			.andExpect(content().string(containsString("href=\"#staffCount\">Staff count must be a whole number, like 24</a>")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("value=\"lots\"")));
		assertThat(jdbc.queryForObject("select count(*) from locality", Integer.class)).isEqualTo(before);
	}

	@Test
	void addsALocalityAndShowsIt() throws Exception {
		mvc.perform(validLocality(post("/localities"), "Brambles and Thorntree", 0))
			.andExpect(redirectedUrlPattern("/localities/*"));
		assertThat(jdbc.queryForObject("select partner_organisations[2] from locality where name = 'Brambles and Thorntree'",
				String.class)).isEqualTo("Thirteen Housing");
	}

	@Test
	void refusesADuplicateNameWhateverItsCase() throws Exception {
		mvc.perform(validLocality(post("/localities"), "newport", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A locality with this name already exists")));
	}

	@Test
	void refusesAStaleEditAndShowsTheNewerValues() throws Exception {
		mvc.perform(validLocality(post("/localities"), "Park End", 0)).andExpect(status().is3xxRedirection());
		long id = localityId("Park End");
		// first editor saves with version 0
		mvc.perform(validLocality(post("/localities/{id}", id), "Park End", 0).param("base", "Park End Community Centre"))
			.andExpect(status().is3xxRedirection());
		// second editor still holds version 0
		mvc.perform(validLocality(post("/localities/{id}", id), "Park End", 0).param("base", "Somewhere else"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this locality while you were editing")))
			.andExpect(content().string(containsString("Park End Community Centre")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(jdbc.queryForObject("select base from locality where id = ?", String.class, id))
			.isEqualTo("Park End Community Centre");
	}

	private MockHttpServletRequestBuilder validLocality(MockHttpServletRequestBuilder request, String name, long version) {
		return request.with(user(head())).with(csrf())
			.param("name", name).param("ward", name).param("status", "ROLL_OUT")
			.param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2023")
			.param("staffCount", "12").param("partnerOrganisations", "Cleveland Police\n\nThirteen Housing\nCleveland Police")
			.param("version", String.valueOf(version));
	}

	@Test
	void theSameUnchangedEditPostedTwiceAtOneVersionIsRefusedTheSecondTime() throws Exception {
		String name = "Repeated Edit Ward " + System.nanoTime();
		long id = jdbc.queryForObject("""
				insert into locality (name, ward, status, start_date) values (?, ?, 'PILOT', date '2023-04-01') returning id""",
				Long.class, name, name);
		for (int i = 0; i < 2; i++) {
			var result = mvc.perform(post("/localities/{id}", id).with(user(head())).with(csrf())
					.param("name", name).param("ward", name).param("status", "PILOT")
					.param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2023")
					.param("version", "0"));
			if (i == 0) {
				result.andExpect(status().is3xxRedirection());
			}
			else {
				result.andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this locality")));
			}
		}
		assertThat(jdbc.queryForObject("select version from locality where id = ?", Long.class, id)).isEqualTo(1);
	}
}

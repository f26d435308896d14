package uk.gov.middlesbrough.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.survey.SurveyFixtures;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.Percent;

/**
 * The read API as a partner's client uses it: a token an administrator issued reads a locality as of a past date
 * (the same figures as that day's dashboard), is refused without a token, with a wrong one and once revoked; ETags,
 * paging, withheld small counts, the rate limit, the OpenAPI document, every call recorded and the audit trail.
 */
class ApiIT extends IntegrationTest {

	private static final LocalDate PAST = LocalDate.of(2022, 3, 31);

	@Autowired
	ApiTokens tokens;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	private long newport;
	private String token;
	private long clientId;

	@BeforeEach
	void issue() {
		newport = localityId("Newport");
		ApiTokens.IssuedToken issued = tokens.issue("Open data portal " + System.nanoTime(), "Middlesbrough Council", "admin");
		token = issued.token();
		clientId = issued.clientId();
	}

	@Test
	void readsALocalityAsOfAPastDateWithTheFiguresOfThatDaysDashboard() throws Exception {
		MockHttpServletResponse response = call("/api/v1/localities/{id}?asOf=2022-03-31", newport);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode locality = json.readTree(response.getContentAsString());
		assertThat(locality.path("locality").path("name").asString()).isEqualTo("Newport");
		assertThat(locality.path("asOf").asString()).isEqualTo("2022-03-31");
		assertThat(locality.path("plans")).hasSize(9);

		String page = mvc.perform(get("/localities/{id}/dashboard", newport).with(user(users.loadUserByUsername("viewer")))
				.param("asOf.day", "31").param("asOf.month", "3").param("asOf.year", "2022"))
			.andReturn().getResponse().getContentAsString();
		String shown = Jsoup.parse(page).select("#locality-completion .govuk-heading-xl").text();
		assertThat(shown).isEqualTo(Percent.INSTANCE.tenths(locality.path("completion").asDouble()));
		// Today's figures differ from that day's: the answer really is as of the date.
		JsonNode today = json.readTree(call("/api/v1/localities/{id}", newport).getContentAsString());
		assertThat(today.path("rag")).isNotEqualTo(locality.path("rag"));
		assertThat(plansRagTotal(locality)).isEqualTo(ragTotal(locality.path("rag")));
	}

	@Test
	void refusesACallWithoutATokenWithAWrongTokenAndAfterRevocation() throws Exception {
		MockHttpServletResponse none = mvc.perform(get("/api/v1/localities")).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(401);
		assertThat(json.readTree(none.getContentAsString()).path("message").asString()).contains("Authorization header");
		assertThat(none.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");

		assertThat(mvc.perform(get("/api/v1/localities").header(HttpHeaders.AUTHORIZATION, "Bearer lwt_wrong"))
			.andReturn().getResponse().getStatus()).isEqualTo(401);
		// A signed-in session counts for nothing here.
		assertThat(mvc.perform(get("/api/v1/localities").with(user(users.loadUserByUsername("admin"))))
			.andReturn().getResponse().getStatus()).isEqualTo(401);

		MockHttpServletResponse answered = call("/api/v1/localities");
		assertThat(answered.getStatus()).as(answered.getContentAsString()).isEqualTo(200);
		tokens.revoke(clientId);
		MockHttpServletResponse revoked = call("/api/v1/localities");
		assertThat(revoked.getStatus()).isEqualTo(401);
		assertThat(json.readTree(revoked.getContentAsString()).path("message").asString()).contains("revoked");
	}

	@Test
	void answersAMatchingETagWith304AndNoBody() throws Exception {
		MockHttpServletResponse first = call("/api/v1/localities/{id}/plans?asOf=2022-03-31", newport);
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		MockHttpServletResponse again = mvc.perform(authorised(get("/api/v1/localities/{id}/plans?asOf=2022-03-31", newport))
				.header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
	}

	@Test
	void pagesTheActionsInAFixedNumberOfStatements() throws Exception {
		JsonNode all = json.readTree(call("/api/v1/localities/{id}/actions?size=100", newport).getContentAsString());
		long total = all.path("totalElements").asLong();
		assertThat(total).isGreaterThan(5);
		StatementCounter.reset();
		JsonNode second = json.readTree(call("/api/v1/localities/{id}/actions?page=1&size=5", newport).getContentAsString());
		int statements = StatementCounter.count();
		assertThat(second.path("content")).hasSize(5);
		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(second.path("size").asInt()).isEqualTo(5);
		assertThat(second.path("totalElements").asLong()).isEqualTo(total);
		assertThat(second.path("totalPages").asLong()).isEqualTo((total + 4) / 5);
		assertThat(second.path("content").get(0).path("id")).isEqualTo(all.path("content").get(5).path("id"));
		// Token, rate limit, the call's record and the read: the same however many actions (no statement per row).
		assertThat(statements).as(StatementCounter.listed()).isLessThanOrEqualTo(12);

		MockHttpServletResponse tooLarge = call("/api/v1/localities/{id}/actions?size=101", newport);
		assertThat(tooLarge.getStatus()).isEqualTo(400);
		assertThat(json.readTree(tooLarge.getContentAsString()).path("message").asString()).contains("between 1 and 100");
		assertThat(call("/api/v1/localities/{id}?asOf=31-03-2022", newport).getStatus()).isEqualTo(400);
		MockHttpServletResponse unknown = call("/api/v1/localities/{id}", 999_999);
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentType()).startsWith("application/json");
		JsonNode recommendations = json.readTree(call("/api/v1/recommendations?size=3").getContentAsString());
		assertThat(recommendations.path("content")).hasSize(3);
		assertThat(recommendations.path("content").get(0).path("status").asString()).isNotBlank();
	}

	@Test
	void withholdsASmallCountAndWhatIsWorkedOutFromIt() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		long indicator = fixtures.indicator("api-small-count", "COUNT", "LOWER_IS_BETTER", "10", "1");
		long locality = fixtures.locality("API small numbers");
		Instant recorded = Instant.parse("2022-02-10T10:00:00Z");
		if (fixtures.count("select count(*) from measurement where indicator_id = ? and locality_id = ?", indicator, locality) == 0) {
			fixtures.figure(indicator, locality, LocalDate.of(2022, 1, 31), "12", "ref", recorded);
			fixtures.figure(indicator, locality, LocalDate.of(2022, 2, 28), "3", "ref", recorded);
		}
		JsonNode indicators = json.readTree(call("/api/v1/localities/{id}/indicators?asOf=2022-06-30", locality)
			.getContentAsString());
		JsonNode small = null;
		for (JsonNode candidate : indicators) {
			if ("api-small-count".equals(candidate.path("code").asString())) {
				small = candidate;
			}
		}
		assertThat(small).isNotNull();
		JsonNode figures = small.path("figures");
		assertThat(figures.get(0).path("value").decimalValue()).isEqualByComparingTo("12");
		assertThat(figures.get(0).path("withheld").asBoolean()).isFalse();
		assertThat(figures.get(1).path("value").isNull()).isTrue();
		assertThat(figures.get(1).path("withheld").asBoolean()).isTrue();
		assertThat(figures.get(1).path("provisional").asBoolean()).isTrue();
		assertThat(small.path("directionOfTravel").isNull()).isTrue();
		assertThat(small.path("targetStatus").isNull()).isTrue();
	}

	@Test
	void givesSurveyResultsWithTheirIntervals() throws Exception {
		SurveyFixtures fixtures = new SurveyFixtures(jdbc);
		long locality = fixtures.locality("API surveys");
		Instant recorded = Instant.parse("2021-10-20T10:00:00Z");
		long wave = fixtures.wave(locality, "September 2021", LocalDate.of(2021, 9, 15), 185, recorded);
		if (jdbc.queryForObject("select count(*) from survey_result where survey_wave_id = ?", Integer.class, wave) == 0) {
			fixtures.result(wave, "safe_day", "68.65", null, recorded);
		}
		JsonNode surveys = json.readTree(call("/api/v1/localities/{id}/surveys?asOf=2022-01-31", locality).getContentAsString());
		JsonNode safeDay = null;
		for (JsonNode question : surveys.path("questions")) {
			if ("safe_day".equals(question.path("code").asString())) {
				safeDay = question.path("results").get(0);
			}
		}
		// 68.65 % of the wave's 185 respondents: Wilson 61.6 % to 74.9 %, as the survey page shows (SurveyPagesIT).
		assertThat(safeDay).isNotNull();
		assertThat(safeDay.path("percentAgreeing").decimalValue()).isEqualByComparingTo("68.65");
		assertThat(safeDay.path("respondents").asInt()).isEqualTo(185);
		assertThat(safeDay.path("intervalLower").decimalValue()).isEqualByComparingTo("61.6");
		assertThat(safeDay.path("intervalUpper").decimalValue()).isEqualByComparingTo("74.9");
	}

	@Test
	void refusesCallsOverTheRateLimitWithRetryAfter() throws Exception {
		clock.fixAt(Instant.parse("2026-06-01T09:00:00Z"));
		int answered = 0;
		MockHttpServletResponse response = call("/api/v1/localities");
		while (response.getStatus() == 200 && answered < 100) {
			answered++;
			response = call("/api/v1/localities");
		}
		assertThat(answered).isEqualTo(60);
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(response.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
	}

	@Test
	void servesTheOpenApiDocumentListingEveryEndpoint() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode document = json.readTree(response.getContentAsString());
		Set<String> documented = new TreeSet<>(document.path("paths").propertyNames());
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("uk.gov.middlesbrough.tracker")) {
				info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/")).forEach(mapped::add);
			}
		});
		assertThat(mapped).hasSizeGreaterThanOrEqualTo(7);
		assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
		assertThat(document.path("paths").path("/api/v1/localities/{id}/actions").path("get").path("parameters").toString())
			.contains("asOf", "page", "size");
	}

	@Test
	void recordsEveryCallAndAuditsIssueAndRevokeWithoutTheHash() throws Exception {
		call("/api/v1/localities?x=1");
		mvc.perform(get("/api/v1/localities").header(HttpHeaders.AUTHORIZATION, "Bearer lwt_wrong"));
		assertThat(jdbc.queryForList("select method || ' ' || path || '?' || query || ' ' || status from api_call "
				+ "where api_client_id = ?", String.class, clientId)).containsExactly("GET /api/v1/localities?x=1 200");
		assertThat(jdbc.queryForObject("select count(*) from api_call where api_client_id is null and status = 401",
				Long.class)).isPositive();

		tokens.revoke(clientId);
		String hash = jdbc.queryForObject("select token_hash from api_client where id = ?", String.class, clientId);
		List<String> audited = jdbc.queryForList("select kind || ' ' || coalesce(field, '') || ' ' || coalesce(new_value, '') "
				+ "from audit_event where record_type = 'ApiClient' and record_id = ?", String.class, String.valueOf(clientId));
		assertThat(audited).anyMatch(line -> line.startsWith("CREATE name Open data portal"))
			.anyMatch(line -> line.startsWith("UPDATE revokedAt"));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where old_value like ? or new_value like ?",
				Long.class, "%" + hash + "%", "%" + hash + "%")).isZero();
	}

	@Test
	void answersOverHttpWithAnETagAndRefusesAPostWithTheToken() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/localities/" + newport + "/plans?asOf=2022-03-31")).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		String etag = answer.headers().firstValue(HttpHeaders.ETAG).orElseThrow();
		HttpResponse<String> unchanged = http.send(HttpRequest.newBuilder(answer.uri())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.IF_NONE_MATCH, etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unchanged.statusCode()).isEqualTo(304);
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(answer.uri())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.body()).contains("read-only");
		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/localities/999999")).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("\"message\"");
	}

	private static int plansRagTotal(JsonNode locality) {
		int total = 0;
		for (JsonNode plan : locality.path("plans")) {
			total += ragTotal(plan.path("rag"));
		}
		return total;
	}

	private static int ragTotal(JsonNode rag) {
		return rag.path("notStarted").asInt() + rag.path("green").asInt() + rag.path("amber").asInt() + rag.path("red").asInt()
				+ rag.path("complete").asInt();
	}

	private MockHttpServletResponse call(String path, Object... variables) throws Exception {
		return mvc.perform(authorised(get(path, variables))).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}
}

package uk.gov.middlesbrough.tracker.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Every route of the application × every role and anonymous → the expected outcome. The routes are read
 * from the application's own request mappings, so a new route without a row here fails the build.
 * Every state-changing route must also refuse a request without a CSRF token.
 */
class AuthorizationMatrixIT extends IntegrationTest {

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);
	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);
	private static final Set<Role> ADMIN_AND_HEAD = EnumSet.of(Role.ADMINISTRATOR, Role.HEAD_OF_SERVICE);
	/** The matrix's plan is led by police.lead (the PLAN_LEAD user) in a locality no demo manager manages. */
	private static final Set<Role> HEAD = EnumSet.of(Role.HEAD_OF_SERVICE);
	private static final Set<Role> HEAD_AND_LEAD = EnumSet.of(Role.HEAD_OF_SERVICE, Role.PLAN_LEAD);

	/** Routes anyone may open without signing in. */
	private static final Set<String> PUBLIC = Set.of("GET /sign-in");

	/** For every other route: the roles allowed; every other role gets 403, anonymous goes to sign-in. */
	private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
			entry("GET /sign-in", ALL),
			entry("GET /", ALL),
			entry("GET /account", ALL),
			entry("POST /account/password", ALL),
			entry("GET /localities", ALL),
			entry("GET /localities/{id}", ALL),
			entry("GET /localities/new", ADMIN_AND_HEAD),
			entry("POST /localities", ADMIN_AND_HEAD),
			entry("GET /localities/{id}/edit", ADMIN_AND_HEAD),
			entry("POST /localities/{id}", ADMIN_AND_HEAD),
			entry("GET /audit", ADMIN_AND_HEAD),
			entry("GET /admin/users", ADMIN),
			entry("GET /admin/users/new", ADMIN),
			entry("POST /admin/users", ADMIN),
			entry("GET /admin/users/{id}", ADMIN),
			entry("POST /admin/users/{id}", ADMIN),
			entry("POST /admin/users/{id}/password", ADMIN),
			entry("POST /admin/users/{id}/disable", ADMIN),
			entry("POST /admin/users/{id}/enable", ADMIN),
			entry("GET /localities/{id}/plans", ALL),
			entry("GET /plans/{id}", ALL),
			entry("GET /plans/{id}/edit", HEAD),
			entry("POST /plans/{id}", HEAD),
			entry("GET /plans/{id}/reviews/new", HEAD_AND_LEAD),
			entry("POST /plans/{id}/reviews", HEAD_AND_LEAD),
			entry("GET /plans/{id}/actions/new", HEAD_AND_LEAD),
			entry("POST /plans/{id}/actions", HEAD_AND_LEAD),
			entry("GET /actions/{id}", ALL),
			entry("GET /actions/{id}/edit", HEAD_AND_LEAD),
			entry("POST /actions/{id}", HEAD_AND_LEAD),
			entry("POST /actions/{id}/progress", HEAD_AND_LEAD),
			entry("POST /actions/{id}/cancel", HEAD_AND_LEAD),
			entry("POST /actions/{id}/reinstate", HEAD_AND_LEAD),
			entry("GET /admin/plan-template", ADMIN),
			entry("GET /admin/plan-template/{id}/edit", ADMIN),
			entry("POST /admin/plan-template/{id}", ADMIN));

	/** State-changing routes handled by Spring Security's filters rather than a controller. */
	private static final List<String> FILTER_ROUTES = List.of("POST /sign-in", "POST /sign-out");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	private long targetUserId;
	private long localityId;
	private long matrixLocalityId;
	private long planId;
	private long actionId;
	private long themeId;

	@BeforeEach
	void targets() {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash)
				values ('matrix.target', 'Matrix Target', 'VIEWER', '{noop}not-a-real-password-123')
				on conflict do nothing""");
		targetUserId = userId("matrix.target");
		localityId = localityId("Newport");
		PlanFixtures plans = new PlanFixtures(jdbc);
		matrixLocalityId = plans.locality("Matrix Ward");
		planId = plans.plan(matrixLocalityId, 1);
		plans.lead(planId, DemoUsers.BY_ROLE.get(Role.PLAN_LEAD));
		List<Long> actions = jdbc.queryForList("select id from plan_action where action_plan_id = ?", Long.class, planId);
		actionId = actions.isEmpty()
				? plans.action(planId, "Matrix action", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "1", Instant.now())
				: actions.get(0);
		themeId = jdbc.queryForObject("select id from plan_theme where position = 1", Long.class);
	}

	@Test
	void everyRouteOfTheApplicationHasAnExpectedOutcome() {
		assertThat(ALLOWED.keySet()).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(applicationRoutes());
	}

	@TestFactory
	Stream<DynamicTest> everyRoleAndAnonymousGetsTheExpectedOutcomeOnEveryRoute() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : applicationRoutes()) {
			tests.add(DynamicTest.dynamicTest(route + " as anonymous", () -> {
				MockHttpServletResponse response = perform(route, null, true);
				assertOutcome(route, "anonymous", response, PUBLIC.contains(route) ? Outcome.ALLOWED : Outcome.SIGN_IN);
			}));
			for (Role role : Role.values()) {
				tests.add(DynamicTest.dynamicTest(route + " as " + role, () -> {
					MockHttpServletResponse response = perform(route, role, true);
					Outcome expected = ALLOWED.getOrDefault(route, Set.of()).contains(role) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
					// MockMvc does not render the container's error page; the 403 page itself is checked in a browser test.
					assertOutcome(route, role.name(), response, expected);
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutACsrfToken() {
		List<String> routes = new ArrayList<>(FILTER_ROUTES);
		applicationRoutes().stream().filter(route -> !route.startsWith("GET ")).forEach(routes::add);
		return routes.stream().map(route -> DynamicTest.dynamicTest(route + " without CSRF", () -> {
			Role allowed = ALLOWED.getOrDefault(route, ADMIN).iterator().next();
			MockHttpServletResponse response = perform(route, allowed, false);
			assertThat(response.getStatus()).as(route + " without a CSRF token").isEqualTo(403);
		}));
	}

	@Test
	void aRefusedDisableWithoutCsrfChangesNothing() throws Exception {
		perform("POST /admin/users/{id}/disable", Role.ADMINISTRATOR, false);
		assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, targetUserId)).isTrue();
	}

	private Set<String> applicationRoutes() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("uk.gov.middlesbrough.tracker")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		});
		return routes;
	}

	private MockHttpServletResponse perform(String route, Role role, boolean withCsrf) throws Exception {
		String[] parts = route.split(" ", 2);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), concrete(parts[1]));
		if (role != null) {
			request.with(user(users.loadUserByUsername(DemoUsers.BY_ROLE.get(role))));
		}
		if (withCsrf) {
			request.with(csrf());
		}
		if (!"GET".equals(parts[0])) {
			// A stale version: routes that change a record refuse it without changing anything.
			request.param("version", "999");
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String concrete(String pattern) {
		long id;
		if (pattern.startsWith("/admin/users/")) {
			id = targetUserId;
		}
		else if (pattern.startsWith("/admin/plan-template/")) {
			id = themeId;
		}
		else if (pattern.startsWith("/plans/")) {
			id = planId;
		}
		else if (pattern.startsWith("/actions/")) {
			id = actionId;
		}
		else if (pattern.endsWith("/plans")) {
			id = matrixLocalityId;
		}
		else {
			id = localityId;
		}
		return pattern.replace("{id}", String.valueOf(id));
	}

	private static void assertOutcome(String route, String who, MockHttpServletResponse response, Outcome expected) {
		assertThat(Outcome.of(response)).as(route + " as " + who + " (status " + response.getStatus() + ", location "
				+ response.getRedirectedUrl() + ")").isEqualTo(expected);
	}

	enum Outcome {
		ALLOWED, SIGN_IN, FORBIDDEN, OTHER;

		static Outcome of(MockHttpServletResponse response) {
			int status = response.getStatus();
			String location = response.getRedirectedUrl();
			if (status == 403) {
				return FORBIDDEN;
			}
			if (status >= 300 && status < 400 && location != null && location.contains("/sign-in")) {
				return SIGN_IN;
			}
			return status < 400 ? ALLOWED : OTHER;
		}
	}
}

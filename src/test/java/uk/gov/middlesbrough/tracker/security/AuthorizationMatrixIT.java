package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping;
import uk.gov.middlesbrough.tracker.caseload.CaseloadMatrixRows;
import uk.gov.middlesbrough.tracker.database.HealthMatrixRows;
import uk.gov.middlesbrough.tracker.dashboard.DashboardMatrixRows;
import uk.gov.middlesbrough.tracker.indicator.IndicatorMatrixRows;
import uk.gov.middlesbrough.tracker.pack.PackMatrixRows;
import uk.gov.middlesbrough.tracker.plan.PlanMatrixRows;
import uk.gov.middlesbrough.tracker.rollout.EvaluationMatrixRows;
import uk.gov.middlesbrough.tracker.scrutiny.ScrutinyMatrixRows;
import uk.gov.middlesbrough.tracker.survey.SurveyMatrixRows;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Every route of the application × every role and anonymous → the expected outcome. The routes are read
 * from the application's own request mappings, so a new route without a row in some feature's
 * {@link MatrixRows} fails the build. Every state-changing route must also refuse a request without a CSRF
 * token.
 */
class AuthorizationMatrixIT extends IntegrationTest {

	/** Add a feature's rows here when it brings routes. */
	private final CoreMatrixRows core = new CoreMatrixRows();
	private final List<MatrixRows> features = List.of(core, new PlanMatrixRows(), new DashboardMatrixRows(),
			new IndicatorMatrixRows(), new CaseloadMatrixRows(), new SurveyMatrixRows(),
			new ScrutinyMatrixRows(), new PackMatrixRows(), new uk.gov.middlesbrough.tracker.escalation.EscalationMatrixRows(),
			new HealthMatrixRows(), new uk.gov.middlesbrough.tracker.rollout.RolloutMatrixRows(),
			new EvaluationMatrixRows(), new uk.gov.middlesbrough.tracker.rollout.WardImportMatrixRows(),
			new uk.gov.middlesbrough.tracker.indicator.SignOffMatrixRows(),
			new uk.gov.middlesbrough.tracker.indicator.RestatementMatrixRows(),
			new uk.gov.middlesbrough.tracker.plan.PlanWorkbookMatrixRows(),
			new uk.gov.middlesbrough.tracker.api.ApiMatrixRows());

	/** State-changing routes handled by Spring Security's filters rather than a controller. */
	private static final List<String> FILTER_ROUTES = List.of("POST /sign-in", "POST /sign-out");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	/** The actuator's routes: only health is exposed, so any other endpoint turned on fails the matrix. */
	@Autowired
	WebMvcEndpointHandlerMapping endpoints;

	@Autowired
	HealthEndpointGroups healthGroups;

	private final Map<String, MatrixRows> ownerOf = new HashMap<>();
	private final Map<String, Set<Role>> allowed = new HashMap<>();
	private final Set<String> publicRoutes = new TreeSet<>();
	private final Set<String> tokenRoutes = new TreeSet<>();

	@BeforeEach
	void rows() {
		for (MatrixRows rows : features) {
			rows.prepare(jdbc);
			rows.allowed().forEach((route, roles) -> {
				assertThat(ownerOf.put(route, rows)).as(route + " has rows in two features").isNull();
				allowed.put(route, roles);
			});
			publicRoutes.addAll(rows.publicRoutes());
			tokenRoutes.addAll(rows.tokenRoutes());
		}
	}

	@Test
	void everyRouteOfTheApplicationHasAnExpectedOutcome() {
		assertThat(allowed.keySet()).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(applicationRoutes());
	}

	@TestFactory
	Stream<DynamicTest> everyRoleAndAnonymousGetsTheExpectedOutcomeOnEveryRoute() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : applicationRoutes()) {
			tests.add(DynamicTest.dynamicTest(route + " as anonymous", () -> {
				MockHttpServletResponse response = perform(route, null, true);
				assertOutcome(route, "anonymous", response, tokenRoutes.contains(route) ? Outcome.UNAUTHORIZED
						: publicRoutes.contains(route) ? Outcome.ALLOWED : Outcome.SIGN_IN);
			}));
			for (Role role : Role.values()) {
				tests.add(DynamicTest.dynamicTest(route + " as " + role, () -> {
					MockHttpServletResponse response = perform(route, role, true);
					Outcome expected = tokenRoutes.contains(route) ? Outcome.UNAUTHORIZED
							: allowed.getOrDefault(route, Set.of()).contains(role) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
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
			Set<Role> roles = allowed.getOrDefault(route, EnumSet.of(Role.ADMINISTRATOR));
			MockHttpServletResponse response = perform(route, roles.iterator().next(), false);
			if (route.equals("POST /sign-in")) {
				// Refused too, but sent back to the form to sign in again rather than to "no permission".
				assertThat(response.getRedirectedUrl()).as(route + " without a CSRF token").isEqualTo("/sign-in?expired");
				return;
			}
			assertThat(response.getStatus()).as(route + " without a CSRF token").isEqualTo(403);
		}));
	}

	@Test
	void aRefusedDisableWithoutCsrfChangesNothing() throws Exception {
		perform("POST /admin/users/{id}/disable", Role.ADMINISTRATOR, false);
		assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, core.targetUserId()))
			.isTrue();
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
		endpoints.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().forEach(pattern -> {
			if (pattern.endsWith("/**")) {
				healthGroups.getNames().forEach(group -> routes.add("GET " + pattern.replace("/**", "/" + group)));
			}
			else {
				routes.add("GET " + pattern);
			}
		}));
		return routes;
	}

	private MockHttpServletResponse perform(String route, Role role, boolean withCsrf) throws Exception {
		String[] parts = route.split(" ", 2);
		MatrixRows owner = ownerOf.getOrDefault(route, core);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), owner.concrete(parts[1]));
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

	private static void assertOutcome(String route, String who, MockHttpServletResponse response, Outcome expected) {
		assertThat(Outcome.of(response)).as(route + " as " + who + " (status " + response.getStatus() + ", location "
				+ response.getRedirectedUrl() + ")").isEqualTo(expected);
	}

	enum Outcome {
		ALLOWED, SIGN_IN, FORBIDDEN, UNAUTHORIZED, OTHER;

		static Outcome of(MockHttpServletResponse response) {
			int status = response.getStatus();
			String location = response.getRedirectedUrl();
			if (status == 403) {
				return FORBIDDEN;
			}
			if (status == 401 && String.valueOf(response.getContentType()).startsWith("application/json")) {
				return UNAUTHORIZED;
			}
			if (status >= 300 && status < 400 && location != null && location.contains("/sign-in")) {
				return SIGN_IN;
			}
			return status < 400 ? ALLOWED : OTHER;
		}
	}
}

package uk.gov.middlesbrough.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.middlesbrough.tracker.security.SignInPage;

/**
 * Real Chromium (headless, one for the whole run) against the app on its random port. {@link #visit} runs axe
 * on every page it opens and fails the test on any serious or critical WCAG 2.2 AA violation; call
 * {@link #assertAccessible()} after a click or submit that lands on a page worth checking (such as a form
 * showing its errors). Each test starts signed out at desktop width.
 */
public abstract class BrowserTest extends IntegrationTest {

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
	private static final Dimension DESKTOP = new Dimension(1280, 900);
	private static final Dimension MOBILE = new Dimension(375, 800);
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	/** axe-core as the axe Selenium library ships it. */
	private static final String AXE_SCRIPT = axeScript();
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then(results => done({ violations: JSON.parse(JSON.stringify(results.violations)) }),
			    error => done({ error: String(error && error.stack || error) }));
			""";
	private static final ObjectMapper JSON = new ObjectMapper();

	protected static ChromeDriver driver;
	private static Path profile;
	private static String mainWindow;

	@LocalServerPort
	private int port;

	/** Saves a screenshot of whatever is on screen when a test fails, to see what the browser saw. */
	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (driver != null) {
				screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}
	};

	/**
	 * One Chromium for the whole run, started by the first browser test class and quit when the JVM ends: starting
	 * one per class cost seconds each on a busy machine. Each test starts from a clean state (see below).
	 */
	@BeforeAll
	static synchronized void startBrowser() throws IOException {
		if (driver != null && isAlive(driver)) {
			return;
		}
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("chrome-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile,
				// Never slow a page's timers down as if it were in the background (axe runs on them).
				"--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
				"--disable-renderer-backgrounding");
		// Everything waits on conditions with limits of minutes, so a machine with both cores busy is slow, not red:
		// the HTTP client to chromedriver, page loads, scripts (axe) and every wait.
		ChromeDriver started = new ChromeDriver(ChromeDriverService.createDefaultService(), options,
				ClientConfig.defaultConfig().readTimeout(Page.SLOW_MACHINE));
		started.manage().timeouts().pageLoadTimeout(Page.SLOW_MACHINE).scriptTimeout(Page.SLOW_MACHINE);
		Path startedProfile = profile;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> quit(started, startedProfile)));
		mainWindow = started.getWindowHandle();
		driver = started;
	}

	private static String axeScript() {
		try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read axe-core", ex);
		}
	}

	private static boolean isAlive(ChromeDriver browser) {
		try {
			browser.getWindowHandles();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void quit(ChromeDriver browser, Path folder) {
		try {
			browser.quit();
		}
		catch (RuntimeException ex) {
			// the browser has gone already
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind
		}
	}

	@BeforeEach
	void startSignedOutAtDesktopWidth() {
		// A test may have opened a chart or file in a window of its own: back to the first window only.
		for (String window : driver.getWindowHandles()) {
			if (!window.equals(mainWindow)) {
				driver.switchTo().window(window).close();
			}
		}
		driver.switchTo().window(mainWindow);
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		useDesktopWidth();
		// The session cookie is the only state the app keeps in the browser.
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The path of the page the browser is on, without the query, for example {@code /localities/4}. */
	protected String currentPath() {
		return URI.create(driver.getCurrentUrl()).getRawPath();
	}

	/** Opens a page and checks it with axe. */
	protected void visit(String path) {
		driver.get(url(path));
		assertAccessible();
	}

	/** Signs in through the sign-in form and waits for the signed-in header. */
	protected void signIn(String username) {
		// Every browser test signs in from this one address, and tests may fix the clock, so the sign-in throttle's
		// buckets (tested in SignInThrottleIT) need not refill after the suite's deliberate failures: start them afresh.
		jdbc.update("delete from sign_in_bucket where id like 'address:%' or id in (?, ?)", "username:" + username,
				"code:" + username);
		for (int attempt = 1; ; attempt++) {
			driver.get(url("/sign-in"));
			new SignInPage(driver).signIn(username, DemoUsers.PASSWORD);
			// Signed in, or back on the sign-in form: with an error, or (twice in CI runs of the whole suite) saying the
			// form had expired, its CSRF token refused. That is likely a request of the previous test's page, still in
			// flight when the cookies were cleared, coming back with a session or token of its own. It is tried once
			// more, as a person would, and logged; anything else fails the test at once with a screenshot.
			waitUntil(d -> !d.findElements(By.id("signed-in")).isEmpty() || currentPath().startsWith("/sign-in"));
			if (!driver.findElements(By.id("signed-in")).isEmpty()) {
				return;
			}
			boolean expired = driver.getCurrentUrl().contains("expired");
			if (attempt == 2 || !expired) {
				screenshot("sign-in-refused");
				throw new AssertionError("Sign-in as " + username + " refused at " + driver.getCurrentUrl() + " ('"
						+ driver.getTitle() + "'): " + errorSummary());
			}
			System.err.println("Sign-in as " + username + " came back to " + driver.getCurrentUrl() + ": trying again");
		}
	}

	/** Signs out with the button in the header and waits for the sign-in page. */
	protected void signOut() {
		click(By.cssSelector("#signed-in .app-signed-in__sign-out button"));
		assertThat(currentPath()).isEqualTo("/sign-in");
	}

	/** Clicks a link or button that loads another page, and waits for it to load. */
	protected void click(By by) {
		Page.clickAndWaitForNextPage(driver, driver.findElement(by));
	}

	/**
	 * Clicks a download link and returns the downloaded file once Chromium has finished writing it (the
	 * browser's own session and cookies fetch it, as a user's click would).
	 */
	protected Path download(By link) throws IOException {
		Path folder = Files.createTempDirectory("downloads");
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString(), "eventsEnabled", true));
		driver.findElement(link).click();
		// Finished: no partial file (.crdownload, or Chromium's hidden temporary one) left, and the file's size the same
		// at two polls in a row (Chromium may give the file its final name a moment before its last bytes are on disk).
		long[] lastSize = {-1};
		return Page.waitOn(driver).until(d -> {
			try (Stream<Path> files = Files.list(folder)) {
				List<Path> all = files.toList();
				boolean partial = all.stream().map(file -> file.getFileName().toString())
					.anyMatch(name -> name.endsWith(".crdownload") || name.startsWith("."));
				Path done = all.stream().filter(file -> !file.getFileName().toString().startsWith(".")).findFirst().orElse(null);
				if (partial || done == null) {
					return null;
				}
				long size = Files.size(done);
				boolean settled = size > 0 && size == lastSize[0];
				lastSize[0] = size;
				return settled ? done : null;
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	protected <T> T waitUntil(ExpectedCondition<T> condition) {
		return Page.waitOn(driver).until(condition);
	}

	protected String heading() {
		return driver.findElement(By.tagName("h1")).getText().strip();
	}

	/** The messages in the page's GOV.UK error summary and where their links point; empty if it has none. */
	protected List<Page.ErrorLink> errorSummary() {
		return Page.errorSummary(driver);
	}

	protected List<WebElement> all(By by) {
		return driver.findElements(by);
	}

	/**
	 * Runs axe on the current page; fails listing every serious or critical violation and where it is. axe-core is
	 * injected once and {@code axe.run} called directly: the pages have no frames, and AxeBuilder's default would
	 * inject it twice and open, load and close a second tab for every check. Only the violations come back (axe's
	 * {@code resultTypes}), not every passing node of a long page.
	 */
	protected void assertAccessible() {
		if (!(Boolean) driver.executeScript("return typeof window.axe === 'object'")) {
			driver.executeScript(AXE_SCRIPT);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> outcome = (Map<String, Object>) driver.executeAsyncScript(RUN_AXE, WCAG_TAGS);
		if (outcome.get("error") != null) {
			fail("axe could not check " + driver.getCurrentUrl() + ": " + outcome.get("error"));
		}
		List<Rule> violations = JSON.convertValue(outcome.get("violations"), new TypeReference<List<Rule>>() {
		});
		List<Rule> failing = violations.stream()
			.filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!failing.isEmpty()) {
			screenshot("axe-" + currentPath().replaceAll("[^A-Za-z0-9]+", "-"));
			fail("axe found serious or critical accessibility problems on " + driver.getCurrentUrl() + " ("
					+ driver.getTitle() + "):\n" + describe(failing));
		}
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl()
					+ ")\n" + rule.getNodes().stream().map(BrowserTest::describe).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    at " + node.getTarget() + ": " + node.getHtml()
				+ (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
	}

	/**
	 * Saves a PNG of the whole page (not only the visible part, so layout problems below the fold show) to
	 * target/screenshots/{name}.png.
	 */
	protected static void screenshot(String name) {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		// Capturing beyond the viewport lays the page out without a vertical scrollbar, so the page is then as wide
		// as the window; clipping to the content size alone would cut off the scrollbar's width on the right.
		long windowWidth = (Long) driver.executeScript("return window.innerWidth");
		Object width = Math.max(windowWidth, ((Number) size.get("width")).doubleValue());
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", size.get("height"), "scale", 1);
		String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip, "optimizeForSpeed", true)).get("data");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not save screenshot " + name, ex);
		}
	}

	/**
	 * Narrows the window to a phone's 375 pixels (the page gets 360 of them beside the scrollbar, as on a small
	 * Android phone); the next test starts at desktop width again.
	 */
	protected void useMobileWidth() {
		emulate(MOBILE);
		waitUntil(d -> viewportWidth() <= MOBILE.getWidth());
	}

	protected void useDesktopWidth() {
		emulate(DESKTOP);
	}

	/**
	 * Sets the page's viewport as DevTools' device emulation does, rather than resizing the headless window, which
	 * twice left Chromium busy for two minutes before axe could run.
	 */
	private static void emulate(Dimension size) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(), "height",
				size.getHeight(), "deviceScaleFactor", 1, "mobile", false));
	}

	protected long viewportWidth() {
		return (Long) driver.executeScript("return document.documentElement.clientWidth");
	}

	/** Fails if the page is wider than the window, so the whole page would scroll sideways. */
	protected void assertNoSidewaysScrolling() {
		long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).as("page width at %s px wide on %s", viewportWidth(), currentPath())
			.isLessThanOrEqualTo(viewportWidth());
	}
}

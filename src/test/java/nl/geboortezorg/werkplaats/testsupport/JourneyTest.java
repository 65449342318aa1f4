package nl.geboortezorg.werkplaats.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the journeys in a real browser: the application on a free port with the embedded (or
 * configured) MariaDB and the demo data, and Playwright driving the machine's own Chromium (no
 * browser is downloaded). Each journey saves screenshots of its key states under
 * {@code target/journeys/} and runs axe-core on each state it reaches; a WCAG 2.0/2.1 A or AA
 * violation fails the journey, and every state checked is listed in
 * {@code target/journeys/accessibility.md}. Without Chromium the journeys are skipped on a
 * developer's machine and fail in CI, which installs it.
 */
@IntegrationTest
public abstract class JourneyTest {

    public static final Path OUTPUT = Path.of("target", "journeys");
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * Rules the WCAG tags leave out but that catch what a screen reader stumbles over: duplicate
     * ids (deprecated in axe, yet two charts sharing a title's id are announced by the first one's
     * title) and a button's name that does not contain its visible text (experimental in axe).
     */
    private static final List<String> REVIEWED =
            List.of("svg-img-alt", "duplicate-id", "duplicate-id-aria", "label-content-name-mismatch");
    /**
     * Of those, the rules whose "needs review" results count as failures: axe cannot always tell
     * whether an SVG's title is there or whether a repeated id is referenced, and here both must
     * be certain.
     */
    private static final List<String> NEEDS_REVIEW_FAILS = List.of("svg-img-alt", "duplicate-id", "duplicate-id-aria");
    /** What Chromium needs on these machines to start headless without flooding a closed network. */
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private int shots;

    @BeforeAll
    static void launch() {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        boolean installed = Files.isExecutable(executable);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("No Chromium at " + executable + "; .ci/run installs it");
        }
        assumeTrue(installed, "No Chromium at " + executable + " (apt-get install -y chromium)");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    @AfterAll
    static void quit() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    @AfterEach
    void closeWindows() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A fresh browser window (its own cookies) on the application's start page, not signed in. */
    protected Page window() {
        return window(port);
    }

    /** A fresh browser window on the application instance listening on the port, not signed in. */
    protected Page window(int instancePort) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + instancePort + "/")
                .setViewportSize(1280, 900)
                .setLocale("nl-NL"));
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** A window signed in as the demo user, through the login page, on the home page. */
    protected Page signedIn(String email) {
        return signedIn(email, port);
    }

    /** A window signed in as the demo user on the application instance listening on the port. */
    protected Page signedIn(String email, int instancePort) {
        Page page = window(instancePort);
        page.navigate("login");
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(DemoUsers.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin(page);
        return page;
    }

    /** Waits until Vaadin has no request under way, so that what the server sent is on screen. */
    protected static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Waits until no animation runs (a notification or dialog fading in is measured at its final
     * colours, not half transparent, and a closing dialog is gone, not measured on its way out;
     * a confirmation toast may start fading out while it is read, so this waits until it is gone);
     * endless ones such as a spinner do not count.
     */
    protected static void settled(Page page) {
        page.waitForFunction("() => !document.querySelector('[opening], [closing], vaadin-notification-card')" + " && "
                + NO_ANIMATION);
    }

    private static final String NO_ANIMATION = "document.getAnimations().every(a => a.playState !== 'running'"
            + " || (a.effect && a.effect.getTiming().iterations === Infinity))";

    /**
     * Like {@link #settled}, but a toast that is showing is kept open (its timer stopped) instead
     * of waited for, so it cannot start fading while it is read and the check need not wait
     * seconds for it to go; {@link #closeToasts} closes it afterwards.
     */
    private static void held(Page page) {
        page.evaluate("() => document.querySelectorAll('vaadin-notification').forEach(n => {"
                + " if (n.opened && n.duration > 0) { n.duration = 0; n.wsgHeld = true; } })");
        page.waitForFunction("() => !document.querySelector('[opening], [closing]') && " + NO_ANIMATION);
    }

    /** Closes the toasts that {@link #held} kept open. */
    private static void closeToasts(Page page) {
        page.evaluate("() => document.querySelectorAll('vaadin-notification').forEach(n => {"
                + " if (n.wsgHeld) { n.wsgHeld = false; n.opened = false; } })");
    }

    /** Opens a select with the mouse and picks the visible option with the text. */
    protected static void choose(Page page, String select, String option) {
        page.locator(select + " vaadin-select-value-button").click();
        page.locator("vaadin-select-item:visible")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(option))
                .first()
                .click();
    }

    /**
     * What has the keyboard focus, looked up through shadow roots: whether it or an element it lies
     * in matches the selector, whether the focus is visible (Vaadin's keyboard focus ring, a
     * grid in keyboard navigation, or an outline or shadow of the element itself) and a short
     * description for messages.
     */
    private static final String FOCUS = """
            (selector) => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e || e === document.body) return { found: false, visible: true, what: 'body' };
              const chain = [];
              for (let n = e; n; ) {
                if (n.nodeType === 1) chain.push(n);
                n = n.parentNode;
                if (n && n.nodeType === 11) n = n.host;
              }
              const found = chain.some(x => x.matches(selector));
              const ring = chain.slice(0, 5).some(x => x.hasAttribute('focus-ring'))
                  || chain.some(x => x.localName === 'vaadin-grid' && x.hasAttribute('navigating'));
              const marked = style => (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                  || (style.boxShadow && style.boxShadow !== 'none');
              const own = [null, '::before', '::after'].some(pseudo => marked(getComputedStyle(e, pseudo)));
              const what = chain.slice(0, 3).map(x => x.localName + (x.id ? '#' + x.id : '')).join(' in ');
              return { found, visible: ring || own, what };
            }""";

    /**
     * Presses Tab (or Shift+Tab) until the focus reaches the element, failing when it never does or
     * when any element passed on the way shows no visible focus.
     */
    protected static void tabTo(Page page, String selector) {
        tabTo(page, selector, false);
    }

    protected static void tabBackTo(Page page, String selector) {
        tabTo(page, selector, true);
    }

    @SuppressWarnings("unchecked")
    private static void tabTo(Page page, String selector, boolean backwards) {
        waitForVaadin(page);
        List<String> passed = new ArrayList<>();
        for (int presses = 0; presses < 120; presses++) {
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
            Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS, selector);
            passed.add(String.valueOf(focus.get("what")));
            assertThat((Boolean) focus.get("visible"))
                    .as("visible keyboard focus on " + focus.get("what"))
                    .isTrue();
            if (Boolean.TRUE.equals(focus.get("found"))) {
                return;
            }
        }
        throw new AssertionError("The keyboard never reached " + selector + "; it passed " + passed);
    }

    /** Saves a screenshot of the page as the journey's next key state. */
    protected void screenshot(Page page, String state) {
        waitForVaadin(page);
        held(page);
        shots++;
        Path file = OUTPUT.resolve(getClass().getSimpleName()).resolve(String.format("%02d-%s.png", shots, state));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        closeToasts(page);
    }

    /**
     * Runs axe-core on the page as it is now, adds the result to the report and fails on any
     * violation of WCAG 2.0 or 2.1 at level A or AA, on a duplicate id or a button name that
     * hides its visible text, and on an SVG's title or a duplicate id that axe leaves for review.
     */
    protected void accessible(Page page, String state) {
        waitForVaadin(page);
        held(page);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).analyze();
        AxeResults reviewed = new AxeBuilder(page).withRules(REVIEWED).analyze();
        closeToasts(page);
        List<String> violations = Stream.of(
                        results.getViolations().stream(),
                        reviewed.getViolations().stream()
                                .filter(rule -> results.getViolations().stream()
                                        .noneMatch(seen -> seen.getId().equals(rule.getId()))),
                        reviewed.getIncomplete().stream().filter(rule -> NEEDS_REVIEW_FAILS.contains(rule.getId())))
                .flatMap(rules -> rules)
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " – " + nodes(rule))
                .toList();
        report(
                getClass().getSimpleName() + " · " + state + " · " + page.url().replaceFirst("^https?://[^/]+", ""),
                results.getPasses().size(),
                violations);
        assertThat(violations).as("WCAG A/AA violations on " + state).isEmpty();
    }

    private static String nodes(Rule rule) {
        return rule.getNodes().stream()
                .limit(3)
                .map(node -> node.getTarget() + " ("
                        + String.valueOf(node.getFailureSummary()).replace("\n", " ") + ")")
                .collect(Collectors.joining(", "));
    }

    private static boolean reportStarted;

    private static synchronized void report(String state, int passes, List<String> violations) {
        try {
            Files.createDirectories(OUTPUT);
            Path file = OUTPUT.resolve("accessibility.md");
            if (!reportStarted) {
                reportStarted = true;
                Files.writeString(
                        file,
                        "# Accessibility (axe-core, WCAG 2.0/2.1 A and AA)\n\n"
                                + "| page state | rules passed | violations |\n|---|---|---|\n",
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            Files.writeString(
                    file,
                    "| " + state + " | " + passes + " | "
                            + (violations.isEmpty()
                                    ? "none"
                                    : String.join("<br>", violations).replace("|", "\\|")) + " |\n",
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
